"""Generated scans: known text rendered to a greyscale page image (DejaVu Sans, so Greek and Cyrillic too),
made to look scanned (a slight tilt, blur and specks), and saved as an image-only PDF (no text layer).
Used by the tests in this folder and by bench/ocr.py. Deterministic: the same text gives the same bytes.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from panel_app.domain.paths import FONTS_DIR

DPI = 300
A4 = (2480, 3508)  # pixels at 300 dpi

LATIN = """APPLICATION FORM - Selection DIGIT/COM/2026/1039
Surname: Kowalska   First name: Zofia
Nationality: Polish
Highest diploma: Master of Science in Computer Science
Duration of studies (years): 5
Languages: Polish: mother tongue; English: C1; French: B2
Experience: Kubernetes clusters, Ansible playbooks and Jenkins
pipelines for the Quokkaville data centre since 2015."""

GREEK = """ΑΙΤΗΣΗ ΣΥΜΜΕΤΟΧΗΣ ΣΤΗ ΔΙΑΔΙΚΑΣΙΑ ΕΠΙΛΟΓΗΣ
Επώνυμο: Παπαδόπουλος   Όνομα: Γεώργιος
Ιθαγένεια: Ελληνική
Πτυχίο: Πολυτεχνείο Αθηνών, Ηλεκτρολόγος Μηχανικός
Εμπειρία: διαχείριση υποδομών νέφους και αυτοματοποίηση
εγκαταστάσεων για τον οργανισμό Μυρτιδιώτισσα."""

CYRILLIC = """ЗАЯВЛЕНИЕ ЗА УЧАСТИЕ В ПРОЦЕДУРА ЗА ПОДБОР
Фамилия: Петрова   Име: Десислава
Гражданство: българско
Диплома: Технически университет - София, компютърни системи
Опит: облачна инфраструктура, автоматизация и непрекъсната
доставка на софтуер за Жеравненска община от 2016 година."""


def text_page(text: str, *, font_pt: float = 12, seed: int = 0, scanned: bool = True) -> Image.Image:
    """An A4 page at 300 dpi with `text` from the top left, as a scanner would give it."""
    page = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONTS_DIR / "DejaVuSans.ttf"), round(font_pt * DPI / 72))
    y = 300
    for line in text.splitlines():
        draw.text((250, y), line, fill=20, font=font)
        y += round(font_pt * DPI / 72 * 1.5)
    return scan_look(page, seed) if scanned else page


def scan_look(page: Image.Image, seed: int = 0) -> Image.Image:
    rng = random.Random(seed)
    page = page.rotate(rng.uniform(-0.6, 0.6), resample=Image.Resampling.BICUBIC, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.7))
    pixels = page.load()
    for _ in range(3000):  # dust
        pixels[rng.randrange(page.width), rng.randrange(page.height)] = rng.randrange(40, 160)
    return page


def image_pdf(pages: list[Image.Image]) -> bytes:
    """An image-only PDF (what a scanner or a phone app sends): one JPEG per page, no text layer."""
    buf = io.BytesIO()
    first, *rest = pages
    first.save(buf, "PDF", resolution=DPI, save_all=True, append_images=rest, quality=85)
    return buf.getvalue()


def scan_of_text(*texts: str, seed: int = 0) -> bytes:
    return image_pdf([text_page(t, seed=seed + i) for i, t in enumerate(texts)])


def scan_of_pdf(pdf: bytes, seed: int = 0) -> bytes:
    """A PDF with a text layer, printed and scanned back: the same pages as images only."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        pages = [scan_look(doc[i].render(scale=DPI / 72, grayscale=True).to_pil().convert("L"), seed + i)
                 for i in range(len(doc))]
    finally:
        doc.close()
    return image_pdf(pages)


def chars_correct(expected: str, read: str) -> float:
    """Share of the expected characters (spaces ignored) recognised in order (1 - edit distance / length)."""
    a, b = "".join(expected.split()), "".join(read.split())
    if not a:
        return 1.0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return max(0.0, 1 - prev[-1] / len(a))
