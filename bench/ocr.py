"""OCR benchmark: seconds per page at 300 dpi and the characters recognised correctly on a generated scan of
known text, for a Latin, a Greek and a Cyrillic page (tests/ocr/scans.py makes them: DejaVu Sans 11 pt, a slight
tilt, blur and dust). Tesseract 5 through panel_app's adapter (render worker + one-core Tesseract), with the
default packs (eng+fra+deu+ell+bul) and with the one pack of the page's language.

Optionally the same pages through RapidOCR (pip only, ONNX models in the wheel), in another Python that has it:
    python bench/ocr.py --rapidocr /path/to/venv/bin/python     (that venv: pip install rapidocr-onnxruntime)
Run: .venv/bin/python bench/ocr.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from panel_app.intake.ocr import OcrUnavailable, find_engine, ocr_pdf  # noqa: E402
from tests.ocr.scans import chars_correct, image_pdf, text_page  # noqa: E402

PAGES = {
    "latin": ("pol", """CURRICULUM VITAE - APPLICATION FORM, selection DIGIT/COM/2026/1039
Surname: Wiśniewska-Kowalczyk   First name: Zofia Małgorzata
Nationality: Polish   Second nationality: French
Highest diploma: Master of Science in Computer Science, Politechnika Łódzka
Duration of studies (years): 5   Date of diploma: 2011-06-30
Languages: Polish: mother tongue; English: C1; French: B2; German: B1
2011-2015 DevOps engineer, Société Générale Luxembourg: Jenkins, GitLab CI,
Ansible and Terraform for 140 services; on-call rotation and capacity planning.
2015-2020 Cloud architect, Deutsche Börse: Kubernetes, OpenShift, AWS and Azure
landing zones; ITIL v4 change management; PM² project coordination.
2020-2026 Lead architect, European Commission DG DIGIT: Nutanix clusters,
OVHCloud and CleverCloud migrations, security hardening and SECRET UE handling.
Declaration: I enjoy full rights as a citizen and satisfy the conditions."""),
    "greek": ("ell", """ΒΙΟΓΡΑΦΙΚΟ ΣΗΜΕΙΩΜΑ - ΑΙΤΗΣΗ ΣΥΜΜΕΤΟΧΗΣ ΣΤΗ ΔΙΑΔΙΚΑΣΙΑ
Επώνυμο: Παπαδοπούλου   Όνομα: Αικατερίνη Ευαγγελία
Ιθαγένεια: Ελληνική   Τόπος γέννησης: Θεσσαλονίκη
Πτυχίο: Εθνικό Μετσόβιο Πολυτεχνείο, Ηλεκτρολόγος Μηχανικός
Διάρκεια σπουδών: πέντε έτη   Ημερομηνία πτυχίου: 30 Ιουνίου 2010
Γλώσσες: Ελληνικά μητρική, Αγγλικά Γ1, Γαλλικά Β2, Γερμανικά Β1
2010-2014 Μηχανικός υποδομών στην Εθνική Τράπεζα: αυτοματοποίηση
εγκαταστάσεων, συνεχής ενσωμάτωση και παράδοση λογισμικού.
2014-2020 Αρχιτέκτονας νέφους στον Οργανισμό Τηλεπικοινωνιών Ελλάδος:
διαχείριση κέντρων δεδομένων, ασφάλεια πληροφοριών, εκπαίδευση ομάδων.
2020-2026 Επικεφαλής αρχιτέκτονας, Ευρωπαϊκή Επιτροπή, Λουξεμβούργο.
Δηλώνω υπεύθυνα ότι πληρώ τους όρους της προκήρυξης."""),
    "cyrillic": ("bul", """АВТОБИОГРАФИЯ - ЗАЯВЛЕНИЕ ЗА УЧАСТИЕ В ПРОЦЕДУРА ЗА ПОДБОР
Фамилия: Георгиева-Петрова   Име: Десислава Цветанова
Гражданство: българско   Място на раждане: Велико Търново
Диплома: Технически университет - София, компютърни системи и технологии
Продължителност на обучението: пет години   Дата на дипломата: 30.06.2012
Езици: български - майчин; английски - C1; френски - B2; немски - B1
2012-2016 Инженер по поддръжка в Българска народна банка: автоматизация
на инфраструктурата, непрекъсната интеграция и доставка на софтуер.
2016-2021 Архитект на облачни услуги в Теленор България: управление на
центрове за данни, информационна сигурност, обучение на екипи.
2021-2026 Главен архитект, Европейска комисия, Люксембург.
Декларирам, че отговарям на условията на обявлението за свободна длъжност."""),
}


def tesseract_figures(repeat: int) -> list[dict]:
    default = find_engine()
    rows = []
    for script, (pack, text) in PAGES.items():
        pdf = image_pdf([text_page(text, font_pt=11, seed=7)])
        engines = [default]
        try:
            engines.append(find_engine((pack,)))
        except OcrUnavailable:  # that pack is not installed here: its single-language row is left out
            print(f"(no Tesseract pack '{pack}' here: the {script} page is read with {default.name} only)")
        for engine in engines:
            times, result = [], None
            for _ in range(repeat):
                t = time.perf_counter()
                result = ocr_pdf(pdf, engine)
                times.append(time.perf_counter() - t)
            rows.append({"engine": engine.name, "script": script, "seconds_per_page": statistics.median(times),
                         "chars_correct": chars_correct(text, result.text), "confidence": result.mean_confidence})
    return rows


RAPID = r"""
import json, sys, time
from rapidocr_onnxruntime import RapidOCR
engine = RapidOCR()
out = []
for script, path in json.loads(sys.argv[1]).items():
    t = time.perf_counter()
    res, _ = engine(path)
    out.append({"script": script, "seconds": time.perf_counter() - t, "text": "\n".join(r[1] for r in res or [])})
print(json.dumps(out))
"""


def rapidocr_figures(python: str, tmp: Path) -> list[dict]:
    paths = {}
    for script, (_pack, text) in PAGES.items():
        paths[script] = str(tmp / f"{script}.png")
        text_page(text, font_pt=11, seed=7).save(paths[script])
    out = subprocess.run([python, "-c", RAPID, json.dumps(paths)], capture_output=True, text=True, check=True,
                         env={"OMP_NUM_THREADS": "1", "PATH": "/usr/bin:/bin"})
    return [{"engine": "RapidOCR (wheel models)", "script": r["script"], "seconds_per_page": r["seconds"],
             "chars_correct": chars_correct(PAGES[r["script"]][1], r["text"]), "confidence": None}
            for r in json.loads(out.stdout.strip().splitlines()[-1])]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--rapidocr", metavar="PYTHON", help="a Python with rapidocr-onnxruntime, for the comparison")
    args = ap.parse_args()
    rows = tesseract_figures(args.repeat)
    if args.rapidocr:
        with tempfile.TemporaryDirectory() as tmp:
            rows += rapidocr_figures(args.rapidocr, Path(tmp))
    print(f"{'engine':44} {'script':9} {'s/page':>7} {'chars correct':>14} {'confidence':>10}")
    for r in rows:
        conf = "" if r["confidence"] is None else f"{r['confidence']:.0f} %"
        print(f"{r['engine']:44} {r['script']:9} {r['seconds_per_page']:7.2f} {r['chars_correct']:13.1%} {conf:>10}")


if __name__ == "__main__":
    main()
