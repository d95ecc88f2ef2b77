"""Build the shipped letter templates (resources/letters/*.docx) in the layout of a Chinese official
document (GB/T 9704): A4, margins 37/35/28/26 mm, the title in 方正小标宋简体 二号 centred, the
recipient (主送) flush left, the body in 仿宋_GB2312 三号 with a two-character indent at a fixed line
spacing, 附件 below the body, the signature (落款) and the date in Chinese on the right.

Fonts that an office PC may lack get a fallback in the documents' font table (w:altName), which Word
and WPS use when the font is missing: 方正小标宋简体 → 黑体, 仿宋_GB2312 → 仿宋.

The placeholders are Jinja tags for docxtpl (``{{ unit }}``, ``{%tr for c in cases %}``); the
values are prepared by casebook.services.queries.letters. Run after changing this file:

    python tools/build_letter_templates.py
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "letters"
TITLE_FONT, BODY_FONT, HEADING_FONT = "方正小标宋简体", "仿宋_GB2312", "黑体"
FALLBACKS = {TITLE_FONT: "黑体", BODY_FONT: "仿宋", "楷体_GB2312": "楷体"}
BODY_SIZE, TABLE_SIZE, TITLE_SIZE = Pt(16), Pt(10.5), Pt(22)  # 三号, 五号, 二号
LINE = Pt(28.95)  # 22 lines a page of 三号 text


def _fonts(run_or_style: object, name: str, size: Pt | None = None, bold: bool = False) -> None:
    font = run_or_style.font  # type: ignore[attr-defined]
    font.name = "Times New Roman"
    if size is not None:
        font.size = size
    font.bold = bold
    element = run_or_style.element  # type: ignore[attr-defined]
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = properties.makeelement(qn("w:rFonts"), {})
        properties.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), name)


def new_document() -> DocumentObject:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = document.styles["Normal"]
    _fonts(normal, BODY_FONT, BODY_SIZE)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.paragraph_format.line_spacing = LINE
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    return document


def text(
    document: DocumentObject,
    content: str,
    *,
    indent: bool = True,
    align: WD_ALIGN_PARAGRAPH | None = None,
    font: str = BODY_FONT,
    size: Pt = BODY_SIZE,
) -> Paragraph:
    paragraph = document.add_paragraph()
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(32)  # two characters of 三号
    if align is not None:
        paragraph.alignment = align
    _fonts(paragraph.add_run(content), font, size)
    return paragraph


def title(document: DocumentObject, content: str) -> None:
    paragraph = text(document, content, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=TITLE_FONT, size=TITLE_SIZE)
    paragraph.paragraph_format.line_spacing = Pt(36)
    paragraph.paragraph_format.space_after = Pt(28)


def signature(document: DocumentObject, signer: str, day: str) -> None:
    text(document, "", indent=False)
    for line in (signer, day):
        paragraph = text(document, line, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        paragraph.paragraph_format.right_indent = Pt(64)  # 右空四字


def case_table(
    document: DocumentObject, headers: list[str], cells: list[str], widths: list[float], loop: str = "c in cases"
) -> Table:
    """A table with a header row and one row repeated for each item (docxtpl's {%tr %} rows);
    ``widths`` in centimetres, together the 15.6 cm between the margins."""
    table = document.add_table(rows=4, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    rows = table.rows
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)  # the grid, which LibreOffice and WPS lay out by
    for row in rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    for cell, header in zip(rows[0].cells, headers, strict=True):
        _cell(cell.paragraphs[0], header, bold=True)
    _cell(rows[1].cells[0].paragraphs[0], "{%tr for " + loop + " %}")
    for cell, content in zip(rows[2].cells, cells, strict=True):
        _cell(cell.paragraphs[0], content)
    _cell(rows[3].cells[0].paragraphs[0], "{%tr endfor %}")
    return table


def _cell(paragraph: Paragraph, content: str, bold: bool = False) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    _fonts(paragraph.add_run(content), HEADING_FONT if bold else BODY_FONT, TABLE_SIZE)


CASE_WIDTHS = [1.1, 2.4, 1.5, 4.6, 1.6, 1.3, 3.1]
CASE_HEADERS = ["序号", "届次", "编号", "建议标题", "领衔代表", "承办方式", "答复期限"]
CASE_CELLS = [
    "{{ c.index }}",
    "{{ c.session }}",
    "{{ c.number }}",
    "{{ c.title }}",
    "{{ c.lead_deputy }}",
    "{{ c.role }}",
    "{{ c.due_on }}",
]


def attachment_page(document: DocumentObject, number: int, heading: str) -> None:
    """A new page with 「附件1」 flush left in 黑体 and the attachment's title centred."""
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    text(document, f"附件{number}", indent=False, font=HEADING_FONT)
    title(document, heading)


def assignment() -> DocumentObject:
    document = new_document()
    title(document, "关于交办代表建议的通知")
    text(document, "{{ unit }}：", indent=False)
    text(
        document,
        "现将{{ case_count }}件代表建议交由你单位办理（清单附后）。请按照代表建议办理工作的有关规定认真研究办理："
        "主办单位和分办单位自交办之日起{{ reply_months }}个月内书面答复代表，协办单位在{{ assisting_months }}个月内"
        "将协办意见送主办单位；答复前请与领衔代表当面或以其他方式沟通，答复函由单位负责人签发。",
    )
    text(document, "请于收到本通知后五个工作日内填写签收回执送回我委。认为交办不当的，请在规定期限内提出并说明理由。")
    text(document, "联系人及电话：{{ office_contact }}")
    text(document, "")
    text(document, "附件：1. 交办清单")
    attachment_line = text(document, "2. 签收回执（另页）")
    attachment_line.paragraph_format.first_line_indent = Pt(80)  # under 「1.」
    signature(document, "{{ office_name }}", "{{ date }}")
    attachment_page(document, 1, "交办清单")
    case_table(document, CASE_HEADERS, CASE_CELLS, CASE_WIDTHS)
    return document


def receipt() -> DocumentObject:
    document = new_document()
    title(document, "代表建议签收回执")
    text(document, "{{ office_name }}：", indent=False)
    text(
        document,
        "我单位已于　　年　　月　　日收到你委交办的代表建议{{ case_count }}件（清单如下），"
        "将按要求认真办理并按期答复。",
    )
    case_table(document, CASE_HEADERS, CASE_CELLS, CASE_WIDTHS)
    text(document, "")
    text(document, "签收人：＿＿＿＿＿＿　　联系电话：＿＿＿＿＿＿", indent=False)
    signature(document, "{{ unit }}（盖章）", "　　年　　月　　日")
    return document


def reminder() -> DocumentObject:
    document = new_document()
    title(document, "关于督促办理代表建议的函")
    text(document, "{{ unit }}：", indent=False)
    text(
        document,
        "截至{{ as_of }}，你单位承办的代表建议中，{{ situation }}（清单附后）。"
        "请抓紧办理，尽快与领衔代表沟通并书面答复，同时将答复情况报送我委；确有困难需要延期的，请书面说明理由。",
    )
    text(document, "联系人及电话：{{ office_contact }}")
    text(document, "")
    text(document, "附件：逾期和即将到期建议清单")
    signature(document, "{{ office_name }}", "{{ date }}")
    attachment_page(document, 1, "逾期和即将到期建议清单")
    case_table(
        document,
        ["序号", "届次", "编号", "建议标题", "承办方式", "答复期限", "办理状态"],
        [
            "{{ c.index }}",
            "{{ c.session }}",
            "{{ c.number }}",
            "{{ c.title }}",
            "{{ c.role }}",
            "{{ c.due_on }}",
            "{{ c.status }}",
        ],
        [1.1, 2.3, 1.3, 4.5, 1.2, 2.5, 2.7],
    )
    return document


def report() -> DocumentObject:
    document = new_document()
    title(document, "关于{{ year }}年代表建议办理情况的通报")
    text(document, "{{ unit }}：", indent=False)
    text(
        document,
        "截至{{ as_of }}，你单位主办（含分办）{{ year }}年代表建议{{ total }}件，已答复{{ replied }}件，"
        "按期答复率{{ on_time_rate }}，见面率{{ face_to_face_rate }}，解决率{{ resolution_rate }}，"
        "办成率{{ accomplishment_rate }}，满意率{{ satisfaction_rate }}。主要数据如下：",
    )
    case_table(
        document,
        ["项目", "数值", "计算口径"],
        ["{{ f.name }}", "{{ f.value }}", "{{ f.basis }}"],
        [3.2, 4.4, 8.0],
        "f in figures",
    )
    text(document, "")
    text(document, "请对照以上情况，总结经验，查找不足，对尚未答复和尚未解决的建议抓紧办理、跟踪落实。")
    text(document, "联系人及电话：{{ office_contact }}")
    signature(document, "{{ office_name }}", "{{ date }}")
    return document


def with_font_fallbacks(data: bytes) -> bytes:
    """The .docx with w:altName fallbacks in its font table for the fonts an office PC may lack."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    entries = "".join(
        f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:charset w:val="86"/>'
        '<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>'
        for name, alt in FALLBACKS.items()
    )
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/fontTable.xml":
                content = content.replace(b"</w:fonts>", entries.encode("utf-8") + b"</w:fonts>")
            item.date_time = (2024, 1, 1, 0, 0, 0)  # the same bytes on every build
            target.writestr(item, content)
    return out.getvalue()


BUILDERS = {"assignment": assignment, "receipt": receipt, "reminder": reminder, "report": report}


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        buffer = io.BytesIO()
        document = build()
        document.core_properties.author = "Casebook"
        document.core_properties.title = name
        document.save(buffer)
        (FOLDER / f"{name}.docx").write_bytes(with_font_fallbacks(buffer.getvalue()))
        print(FOLDER / f"{name}.docx")


if __name__ == "__main__":
    main()
