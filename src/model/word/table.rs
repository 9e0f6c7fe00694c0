//! A Word table: a bold, shaded header row and the rows below it, each cell one paragraph,
//! the columns sharing the width between the margins as asked.

use docx_rs::{
    Shading, ShdType, Table as WordTable, TableCell, TableLayoutType, TableRow, WidthType,
};

use super::text;

/// A table with `header` over `rows`, in `width` twips, column `n` getting `shares[n]` parts
/// of it. Rows shorter than the header get empty cells.
pub(super) fn table<S: AsRef<str>>(
    header: &[S],
    rows: &[Vec<String>],
    shares: &[u32],
    width: u32,
) -> WordTable {
    let total: u32 = shares.iter().sum::<u32>().max(1);
    let widths: Vec<usize> = shares
        .iter()
        .map(|share| (width * share / total) as usize)
        .collect();
    let cell = |n: usize, run: docx_rs::Run| {
        TableCell::new()
            .width(widths.get(n).copied().unwrap_or_default(), WidthType::Dxa)
            .add_paragraph(docx_rs::Paragraph::new().add_run(run))
    };
    let head = TableRow::new(
        header
            .iter()
            .enumerate()
            .map(|(n, title)| {
                cell(n, text::run(title.as_ref()).bold()).shading(
                    Shading::new()
                        .shd_type(ShdType::Clear)
                        .color("auto")
                        .fill("E7E6E6"),
                )
            })
            .collect(),
    );
    let body = rows.iter().map(|row| {
        TableRow::new(
            (0..header.len())
                .map(|n| cell(n, text::run(row.get(n).map_or("", String::as_str))))
                .collect(),
        )
    });
    WordTable::new(std::iter::once(head).chain(body).collect())
        .set_grid(widths.clone())
        .width(widths.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}
