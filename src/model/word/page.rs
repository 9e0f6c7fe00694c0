//! What every document shares: an A4 page, the library's name in the page header, Word's
//! own heading styles (so that Word's navigation pane and a table of contents find them,
//! and a pasted part keeps its level), Word's own bullet lists, and the document packed as
//! `.docx` bytes.

use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, Header, IndentLevel, Level, LevelJc, LevelText,
    LineSpacing, NumberFormat, Numbering, NumberingId, PageMargin, PageOrientationType, Paragraph,
    RunFonts, SpecialIndentType, Start, Style, StyleType,
};

/// How the page lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Orientation {
    Portrait,
    Landscape,
}

/// A4 in twentieths of a point (Word's unit for pages).
const A4_SHORT: u32 = 11_906;
const A4_LONG: u32 = 16_838;

impl Orientation {
    /// The margin on every side: that of the app's own print views (15 mm upright, 12 mm
    /// on its side).
    fn margin(self) -> u32 {
        match self {
            Orientation::Portrait => 851,
            Orientation::Landscape => 680,
        }
    }

    /// (width, height) of the page.
    fn size(self) -> (u32, u32) {
        match self {
            Orientation::Portrait => (A4_SHORT, A4_LONG),
            Orientation::Landscape => (A4_LONG, A4_SHORT),
        }
    }

    /// The width between the margins, for tables.
    pub(super) fn text_width(self) -> u32 {
        self.size().0 - 2 * self.margin()
    }
}

/// The font of the text: on every Word since 2007, and replaced by a metric twin
/// (Carlito) where it is missing.
const FONT: &str = "Calibri";

/// A new document: A4 in `orientation`, its text at `size` half-points, the library's name
/// in the header of every page, made on `made` (`jjjj-mm-dd`).
pub(super) fn document(orientation: Orientation, size: usize, library: &str, made: &str) -> Docx {
    let (width, height) = orientation.size();
    let margin = orientation.margin() as i32;
    let letterhead = Header::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Right)
            .add_run(super::text::run(library.trim()).size(18).color("555555")),
    );
    let page_orientation = match orientation {
        Orientation::Portrait => PageOrientationType::Portrait,
        Orientation::Landscape => PageOrientationType::Landscape,
    };
    let fonts = RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT);
    [(1, 32), (2, 26), (3, 22)]
        .into_iter()
        .fold(Docx::new(), |docx, (level, size)| {
            docx.add_style(heading_style(level, size))
        })
        .page_size(width, height)
        .page_orient(page_orientation)
        .page_margin(
            PageMargin::new()
                .top(margin)
                .bottom(margin)
                .left(margin)
                .right(margin)
                .header(425)
                .footer(425),
        )
        .header(letterhead)
        .add_abstract_numbering(bullets())
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .default_fonts(fonts)
        .default_size(size)
        .default_line_spacing(LineSpacing::new().after(80))
        .created_at(made)
        .updated_at(made)
}

/// Word's built-in "heading n" (shown as "Kop n" in a Dutch Word): bold, with its level in
/// the outline.
fn heading_style(level: usize, size: usize) -> Style {
    Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .bold()
        .size(size)
        .outline_lvl(level - 1)
        .line_spacing(LineSpacing::new().before(240).after(80))
}

/// A heading of `level` (1–3), kept on the page of the paragraph after it.
pub(super) fn heading(level: usize, text: &str) -> Paragraph {
    Paragraph::new()
        .style(&format!("Heading{level}"))
        .keep_next(true)
        .add_run(super::text::run(text))
}

/// The number of the bullet list (docx-rs keeps 1 for a numbered list of its own).
const BULLETS: usize = 2;

/// A list with a bullet before each item, indented as Word indents its own.
fn bullets() -> AbstractNumbering {
    AbstractNumbering::new(BULLETS).add_level(
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new("bullet"),
            LevelText::new("•"),
            LevelJc::new("left"),
        )
        .indent(Some(360), Some(SpecialIndentType::Hanging(360)), None, None),
    )
}

/// An item of a bullet list.
pub(super) fn bullet(text: &str) -> Paragraph {
    super::text::paragraph(text).numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
}

/// The document as the bytes of a `.docx` file, or why not in Dutch.
pub(super) fn packed(docx: Docx) -> Result<Vec<u8>, String> {
    let mut file = std::io::Cursor::new(Vec::new());
    docx.pack(&mut file)
        .map_err(|_| "Het Word-bestand kon niet worden gemaakt.".to_string())?;
    Ok(file.into_inner())
}
