"""Fillable PDF forms (AcroForm): the values typed into fields and the boxes ticked leave no text on the page.

A form filled in Adobe Reader or exported with form fields keeps what the candidate typed and ticked in its
fields, not in the page's text. The reading rules read text, so each field is written back where a person
sees it: a ticked check box or radio button becomes "☒ label" / "☐ label" (the label is the text printed to
the right of the box, on its line), a text field becomes "label: value" (the label is the text printed to its
left). A field whose label cannot be found on the page is added at the end of the page as "name: value" with
the field's tooltip (or name) as its label. PDFium's C functions are called directly (pypdfium2.raw).
"""

from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c

TICKED, UNTICKED = "☒", "☐"
MAX_WIDGETS = 500  # per page: a hostile file may hold millions of annotations
_BOXES = (pdfium_c.FPDF_FORMFIELD_CHECKBOX, pdfium_c.FPDF_FORMFIELD_RADIOBUTTON)
_TEXTS = (pdfium_c.FPDF_FORMFIELD_TEXTFIELD, pdfium_c.FPDF_FORMFIELD_COMBOBOX)


class FormEnvironment:
    """PDFium's form-fill environment of one document (None when the PDF has no form)."""

    def __init__(self, pdf) -> None:
        self.handle = None
        self._info = None
        if pdfium_c.FPDF_GetFormType(pdf) == pdfium_c.FORMTYPE_NONE:
            return
        self._info = pdfium_c.FPDF_FORMFILLINFO()  # kept alive as long as the environment
        self._info.version = 2
        self.handle = pdfium_c.FPDFDOC_InitFormFillEnvironment(pdf, self._info) or None

    def close(self) -> None:
        if self.handle:
            pdfium_c.FPDFDOC_ExitFormFillEnvironment(self.handle)
            self.handle = None


def _wide(fn, form, annot) -> str:
    n = fn(form, annot, None, 0)
    if n <= 2:
        return ""
    buf = (ctypes.c_ubyte * n)()
    fn(form, annot, ctypes.cast(buf, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), n)
    return bytes(buf).decode("utf-16-le", errors="ignore").rstrip("\x00").strip()


def _bounded(textpage, left: float, top: float, right: float, bottom: float) -> str:
    if right - left < 1:
        return ""
    n = pdfium_c.FPDFText_GetBoundedText(textpage, left, top, right, bottom, None, 0)
    if n <= 0:
        return ""
    buf = (ctypes.c_ushort * n)()
    pdfium_c.FPDFText_GetBoundedText(textpage, left, top, right, bottom, buf, n)
    return " ".join(bytes(buf).decode("utf-16-le", errors="ignore").split())


def _widgets(form, page) -> list[tuple[int, str, str, bool, tuple[float, float, float, float]]]:
    """(type, tooltip or name, value, checked, (left, bottom, right, top)) of the page's form widgets."""
    out = []
    for i in range(min(pdfium_c.FPDFPage_GetAnnotCount(page), MAX_WIDGETS)):
        annot = pdfium_c.FPDFPage_GetAnnot(page, i)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET:
                continue
            kind = pdfium_c.FPDFAnnot_GetFormFieldType(form, annot)
            if kind not in _BOXES + _TEXTS:
                continue
            r = pdfium_c.FS_RECTF()
            if not pdfium_c.FPDFAnnot_GetRect(annot, r):
                continue
            name = (_wide(pdfium_c.FPDFAnnot_GetFormFieldAlternateName, form, annot)
                    or _wide(pdfium_c.FPDFAnnot_GetFormFieldName, form, annot))
            value = _wide(pdfium_c.FPDFAnnot_GetFormFieldValue, form, annot) if kind in _TEXTS else ""
            checked = bool(pdfium_c.FPDFAnnot_IsChecked(form, annot)) if kind in _BOXES else False
            out.append((kind, name, value, checked, (min(r.left, r.right), min(r.bottom, r.top),
                                                     max(r.left, r.right), max(r.bottom, r.top))))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    out.sort(key=lambda w: (-w[4][3], w[4][0]))  # reading order: top to bottom, left to right
    return out


def fill_page(form, page, text: str) -> str:
    """The page's text with its form fields written where they are seen (see the module's docstring)."""
    if not form:
        return text
    pdfium_c.FORM_OnAfterLoadPage(page, form)  # the fields' states are known only once the page is "loaded"
    try:
        widgets = _widgets(form, page)
    finally:
        pdfium_c.FORM_OnBeforeClosePage(page, form)
    if not widgets:
        return text
    width = pdfium_c.FPDF_GetPageWidthF(page)
    textpage = pdfium_c.FPDFText_LoadPage(page)
    if not textpage:
        return text
    lines = text.replace("\r\n", "\n").split("\n")
    extra: list[str] = []
    cursor = 0
    try:
        for k, (kind, name, value, checked, (left, bottom, right, top)) in enumerate(widgets):
            same_line = [w for w in widgets[k + 1:] if w[4][1] < top and w[4][3] > bottom and w[4][0] > right]
            before = [w for w in widgets[:k] if w[4][1] < top and w[4][3] > bottom and w[4][2] < left]
            if kind in _BOXES:
                stop = min((w[4][0] for w in same_line), default=width)
                label = _bounded(textpage, right, top + 1, stop, bottom - 1)
                shown = f"{TICKED if checked else UNTICKED} {label or name}"
            else:
                start = max((w[4][2] for w in before), default=0.0)
                label = _bounded(textpage, start, top + 1, left, bottom - 1)
                if not value:
                    continue
                shown = f"{label or name}{'' if (label or name).endswith(':') else ':'} {value}"
            cursor = _place(lines, cursor, label, shown, extra)
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)
    return "\n".join(lines + extra)


def _place(lines: list[str], cursor: int, label: str, shown: str, extra: list[str]) -> int:
    """Write `shown` over `label` in the first line from `cursor` on that holds it; else add it at the end."""
    if label:
        for i in range(cursor, len(lines)):
            if label in " ".join(lines[i].split()):
                squeezed = " ".join(lines[i].split())
                lines[i] = squeezed.replace(label, shown, 1)
                return i
    extra.append(shown)
    return cursor
