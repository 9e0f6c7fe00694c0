//! The planning form (Bijlagen 6 and 7) as a Word document the school edits and pastes into
//! its (voor)leesplan: the table of the `.csv` file, on A4 on its side, as the app prints it
//! (upright, nine columns would leave under 2 cm each, too narrow for "Organisatie").

use super::page::{Orientation, document, heading, packed};
use super::{table::table, text};
use crate::content::{PLANNING_COLUMNS, PLANNING_TITLE};
use crate::model::{Activity, Institution, SchoolYear, format_date, planning_table};

/// The share of the width of each column: the guide's seven, Maand and Gedaan.
const SHARES: [u32; 9] = [6, 6, 6, 4, 4, 6, 6, 5, 3];

/// The planning form of `institution` with `rows` (in month order) as a `.docx` file, with
/// `library` in the page header and made on `made` (`jjjj-mm-dd`).
pub fn planning_document(
    institution: &Institution,
    year: SchoolYear,
    rows: &[&Activity],
    library: &str,
    made: &str,
) -> Result<Vec<u8>, String> {
    let plan = planning_table(rows);
    let title = match institution.name.trim() {
        "" => PLANNING_TITLE.to_string(),
        name => format!("{PLANNING_TITLE} {name}"),
    };
    let facts = format!(
        "Schooljaar {} · opgesteld op {}",
        year.label(),
        format_date(made)
    );
    let orientation = Orientation::Landscape;
    let mut docx = document(orientation, 20, library, made)
        .add_paragraph(heading(1, &title))
        .add_paragraph(text::paragraph(&facts))
        .add_paragraph(heading(2, "Activiteiten"));
    // An empty form still gets its table, with one empty row to fill in.
    let rows = match plan.rows.is_empty() {
        true => {
            docx = docx.add_paragraph(text::paragraph(
                "Er staan nog geen activiteiten in dit planningsformulier.",
            ));
            vec![Vec::new()]
        }
        false => plan.rows,
    };
    docx = docx
        .add_table(table(
            &plan.header,
            &rows,
            &SHARES,
            orientation.text_width(),
        ))
        .add_paragraph(heading(2, "Wat in elke kolom komt"));
    for column in &PLANNING_COLUMNS {
        docx = docx.add_paragraph(text::labelled(column.title, column.prompt));
    }
    packed(docx)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::word::read::Unpacked;

    const MADE: &str = "2026-12-03";

    fn linde() -> Institution {
        Institution {
            id: "linde".into(),
            name: "Obs De Linde".into(),
            school_year: "2026-2027".into(),
            ..Default::default()
        }
    }

    #[test]
    fn the_plan_is_a_table_with_the_csvs_columns_and_every_field_intact() {
        let tricky = Activity {
            activity: "Ouderavond; \"lezen\", thuis\nen op school".into(),
            goal: "Ouders <samen> & kinderen\tlezen".into(),
            who: "=Anke".into(),
            month: "2027-01".into(),
            ..Default::default()
        };
        let done = Activity {
            activity: "Voorleesontbijt".into(),
            done: true,
            ..Default::default()
        };
        let bytes = planning_document(
            &linde(),
            SchoolYear::of(jiff::civil::date(2026, 9, 1)),
            &[&tricky, &done],
            "Bibliotheek Rivierenland",
            MADE,
        )
        .unwrap();
        let file = Unpacked::of(&bytes);
        let tables = file.tables("word/document.xml");
        assert_eq!(tables.len(), 1, "one table");
        let plan = &tables[0];
        assert_eq!(
            plan[0],
            [
                "Activiteit",
                "Doel",
                "Actiepunten",
                "Planning",
                "Wie",
                "Organisatie",
                "Evaluatie",
                "Maand",
                "Gedaan"
            ],
            "the planning form's columns, Maand and Gedaan, as the CSV"
        );
        assert_eq!(plan[1][0], "Ouderavond; \"lezen\", thuis\nen op school");
        assert_eq!(plan[1][1], "Ouders <samen> & kinderen\tlezen");
        assert_eq!(
            plan[1][4], "=Anke",
            "Word runs no formulas: nothing neutralised"
        );
        assert_eq!(plan[1][7..], ["januari 2027", "nee"]);
        assert_eq!(plan[2][0], "Voorleesontbijt");
        assert_eq!(plan[2][8], "ja");
        assert_eq!(
            file.headings("word/document.xml"),
            [
                (
                    "Heading1".to_string(),
                    "Planningsformulier Obs De Linde".to_string()
                ),
                ("Heading2".to_string(), "Activiteiten".to_string()),
                ("Heading2".to_string(), "Wat in elke kolom komt".to_string()),
            ]
        );
        let paragraphs = file.paragraphs("word/document.xml");
        assert!(paragraphs.contains(&"Schooljaar 2026-2027 · opgesteld op 03-12-2026".to_string()));
        assert!(paragraphs.contains(&"Planning: Wanneer?".to_string()));
        assert!(file.landscape_a4());
        assert_eq!(file.header_text(), ["Bibliotheek Rivierenland"]);
    }

    #[test]
    fn an_empty_plan_is_a_document_that_says_so_with_a_table_to_fill_in() {
        let nameless = Institution::default();
        let year = SchoolYear::of(jiff::civil::date(2026, 9, 1));
        let bytes = planning_document(&nameless, year, &[], "", MADE).unwrap();
        let file = Unpacked::of(&bytes);
        let paragraphs = file.paragraphs("word/document.xml");
        assert_eq!(paragraphs[0], "Planningsformulier");
        assert!(
            paragraphs
                .contains(&"Er staan nog geen activiteiten in dit planningsformulier.".to_string()),
            "{paragraphs:?}"
        );
        let tables = file.tables("word/document.xml");
        assert_eq!(tables[0].len(), 2, "the header and one empty row");
        assert!(tables[0][1].iter().all(String::is_empty));
        assert_eq!(tables[0][1].len(), 9);
    }
}
