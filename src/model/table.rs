//! Tables the user takes to a spreadsheet: tab-separated on the clipboard (a paste fills
//! the columns) and a `.csv` file for Dutch Excel (UTF-8 with a byte order mark, `;` between
//! cells, CRLF line ends). Written with the `csv` crate; cells that a spreadsheet would take
//! for a formula are neutralised in both.

use std::borrow::Cow;

/// A header row and the rows below it, as text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// What Excel's Dutch settings expect between cells.
const DUTCH_SEPARATOR: u8 = b';';
const BYTE_ORDER_MARK: &str = "\u{feff}";

impl Table {
    /// Tab-separated, for the clipboard.
    pub fn tsv(&self) -> String {
        self.write(b'\t')
    }

    /// The `.csv` file for Dutch Excel.
    pub fn csv(&self) -> String {
        format!("{BYTE_ORDER_MARK}{}", self.write(DUTCH_SEPARATOR))
    }

    fn write(&self, separator: u8) -> String {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(separator)
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        for row in std::iter::once(&self.header).chain(&self.rows) {
            // Writing text into memory cannot fail.
            writer
                .write_record(row.iter().map(|cell| neutralised(cell).into_owned()))
                .unwrap_or_default();
        }
        let bytes = writer.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

/// A cell that starts like a formula (`=`, `+`, `-`, `@`, or a tab or return before one)
/// gets a leading apostrophe, so that a spreadsheet shows it as text and never runs it.
fn neutralised(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table {
            header: vec!["Activiteit".into(), "Wie".into()],
            rows: vec![
                vec!["Ouderavond; met \"koffie\"\nen thee".into(), "Anke".into()],
                vec!["=SUM(A1)".into(), "@Piet".into()],
                vec!["-1".into(), "+31 6".into()],
            ],
        }
    }

    #[test]
    fn the_csv_file_is_what_dutch_excel_opens() {
        let csv = table().csv();
        assert!(csv.starts_with('\u{feff}'), "byte order mark");
        assert!(csv.starts_with("\u{feff}Activiteit;Wie\r\n"), "{csv}");
        assert!(
            csv.contains("\"Ouderavond; met \"\"koffie\"\"\nen thee\";Anke\r\n"),
            "{csv}"
        );
        assert!(csv.ends_with("'-1;'+31 6\r\n"), "{csv}");
    }

    #[test]
    fn the_clipboard_gets_tabs_between_cells() {
        let tsv = table().tsv();
        assert!(tsv.starts_with("Activiteit\tWie\r\n"), "{tsv}");
        assert!(tsv.contains("'=SUM(A1)\t'@Piet\r\n"), "{tsv}");
        assert!(!tsv.starts_with('\u{feff}'));
    }
}
