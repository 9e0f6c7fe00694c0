//! The Schoolrapportage as a Word document, on A4 upright: what the page states, in the
//! same order, under the same headings, for the school to keep, edit and pass on.

use docx_rs::Docx;

use super::page::{Orientation, bullet, document, heading, packed};
use super::{table::table, text};
use crate::model::{SchoolReport, evaluation_heading, format_date, format_month};

/// The share of the width of each column of the steps table and of the plan.
const STEP_SHARES: [u32; 3] = [5, 2, 4];
const PLAN_SHARES: [u32; 6] = [5, 5, 3, 3, 3, 5];

/// Text for a cell or line that may be empty.
fn or_dash(text: &str) -> String {
    match text.trim() {
        "" => "—".to_string(),
        text => text.to_string(),
    }
}

/// The report as a `.docx` file, with `library` in the page header, drawn up on `made`
/// (`jjjj-mm-dd`).
pub fn school_report_document(
    report: &SchoolReport,
    library: &str,
    made: &str,
) -> Result<Vec<u8>, String> {
    let orientation = Orientation::Portrait;
    let width = orientation.text_width();
    let institution = report.institution;
    let name = institution.name.trim();
    let kind_and_place = [institution.kind.label(), institution.place.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let mut docx = document(orientation, 22, library, made)
        .add_paragraph(heading(1, &format!("Schoolrapportage {name}")));
    for (label, value) in [
        ("Schooljaar", report.year.label()),
        ("Instelling", kind_and_place),
        ("Programma", institution.programme.label().to_string()),
        ("Bibliotheek", library.trim().to_string()),
        ("Leesconsulent", or_dash(report.consultant)),
        ("Opgesteld op", format_date(made)),
    ] {
        docx = docx.add_paragraph(text::labelled(label, &value));
    }

    docx = docx.add_paragraph(heading(2, "Contactpersonen"));
    let contacts: Vec<_> = institution
        .contacts
        .iter()
        .filter(|c| !c.name.trim().is_empty())
        .map(|c| format!("{} ({})", c.name.trim(), c.role.label()))
        .collect();
    docx = list(docx, &contacts, "Geen contactpersonen vastgelegd.");

    let steps: Vec<Vec<String>> = report
        .steps
        .iter()
        .map(|s| {
            vec![
                format!("{}. {}", s.number, s.title),
                s.status.to_string(),
                s.why.clone(),
            ]
        })
        .collect();
    docx = docx
        .add_paragraph(heading(2, "Waar de instelling nu staat"))
        .add_paragraph(text::paragraph(&format!(
            "Stand op {}: de stappen beginnen niet elk schooljaar opnieuw.",
            format_date(made)
        )))
        .add_table(table(
            &["Stap", "Status", "Toelichting"],
            &steps,
            &STEP_SHARES,
            width,
        ));

    docx = agreements(docx.add_paragraph(heading(2, "Afspraken")), report);

    docx = docx.add_paragraph(heading(2, "Activiteitenplan"));
    if report.activities.is_empty() {
        docx = docx.add_paragraph(text::paragraph("Geen activiteiten in dit schooljaar."));
    } else {
        let plan: Vec<Vec<String>> = report
            .activities
            .iter()
            .map(|a| {
                let month = match a.month.as_str() {
                    "" => or_dash(&a.planning),
                    month => format_month(month),
                };
                vec![
                    or_dash(&a.activity),
                    or_dash(&a.goal),
                    month,
                    or_dash(&a.who),
                    report.result_text(a),
                    or_dash(&a.evaluation),
                ]
            })
            .collect();
        docx = docx
            .add_paragraph(text::paragraph(&report.done_line()))
            .add_table(table(
                &[
                    "Activiteit",
                    "Doel",
                    "Maand",
                    "Wie",
                    "Resultaat",
                    "Evaluatie",
                ],
                &plan,
                &PLAN_SHARES,
                width,
            ));
    }

    docx = docx.add_paragraph(heading(2, "Evaluaties"));
    if report.evaluations.is_empty() {
        docx = docx.add_paragraph(text::paragraph("Geen evaluaties in dit schooljaar."));
    }
    for e in &report.evaluations {
        docx = docx
            .add_paragraph(heading(3, &evaluation_heading(e)))
            .add_paragraph(text::labelled("Wat ging goed", &or_dash(&e.went_well)))
            .add_paragraph(text::labelled("Wat verandert", &or_dash(&e.changes)));
        if !e.next_date.is_empty() {
            docx = docx.add_paragraph(text::labelled(
                "Volgende evaluatie",
                &format_date(&e.next_date),
            ));
        }
    }

    docx = docx.add_paragraph(heading(2, "Gesprekken"));
    let conversations: Vec<_> = report
        .conversations
        .iter()
        .map(|c| {
            format!(
                "{} · {} · {}",
                format_date(&c.date),
                c.kind.label(),
                c.status.label().to_lowercase()
            )
        })
        .collect();
    docx = list(docx, &conversations, "Geen gesprekken in dit schooljaar.");
    packed(docx)
}

/// The step 10 agreements, then those written in the year's conversations, each under its
/// own heading.
fn agreements(mut docx: Docx, report: &SchoolReport) -> Docx {
    let held = report.conversation_agreements();
    if report.agreements.is_empty() && held.is_empty() {
        return docx.add_paragraph(text::paragraph("Geen afspraken vastgelegd."));
    }
    for (question, answer) in &report.agreements {
        docx = docx
            .add_paragraph(heading(3, question))
            .add_paragraph(text::paragraph(answer));
    }
    for (c, items) in held {
        docx = docx.add_paragraph(heading(
            3,
            &format!("Uit het {} van {}", c.kind.label(), format_date(&c.date)),
        ));
        docx = list(docx, &items, "");
    }
    docx
}

/// A bullet list of `items`, or `none` when there are none.
fn list(mut docx: Docx, items: &[String], none: &str) -> Docx {
    if items.is_empty() {
        return docx.add_paragraph(text::paragraph(none));
    }
    for item in items {
        docx = docx.add_paragraph(bullet(item));
    }
    docx
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::word::read::Unpacked;
    use crate::model::{
        Activity, Contact, ContactRole, Conversation, ConversationKind, ConversationStatus,
        Evaluation, Institution, SchoolYear, Workspace,
    };
    use jiff::civil::date;

    const MADE: &str = "2026-12-03";
    const TRICKY: &str = "Ouderavond; \"lezen\", thuis\nen op school";

    fn workspace() -> Workspace {
        let mut ws = Workspace::default();
        let mut school = Institution {
            id: "linde".into(),
            name: "Obs De Linde".into(),
            place: "Tiel".into(),
            ..Default::default()
        };
        school.contacts.push(Contact {
            id: "c1".into(),
            role: ContactRole::ReadingCoordinator,
            name: "Anke \"A.\" Jansen, Tiel; groep 3".into(),
            ..Default::default()
        });
        school.agreements.insert(
            "stap-10-afspraak-team".into(),
            "Elke teamvergadering\neen kwartier".into(),
        );
        school.evaluations.push(Evaluation {
            id: "e0".into(),
            date: "2027-02-02".into(),
            went_well: "Veertig ouders".into(),
            ..Default::default()
        });
        ws.institutions.push(school);
        let mut held = Conversation::new("g1", ConversationKind::Start, Some("linde"), "x");
        held.date = "2026-09-24".into();
        held.status = ConversationStatus::Held;
        held.agreements = "Voorleesontbijt in januari".into();
        ws.conversations.push(held);
        ws.activities = vec![
            Activity {
                id: "a-sep".into(),
                institution_id: "linde".into(),
                activity: "Wensen- en verwachtingenavond".into(),
                month: "2026-09".into(),
                who: "Leesconsulent".into(),
                done: true,
                ..Default::default()
            },
            Activity {
                id: "a-jan".into(),
                institution_id: "linde".into(),
                activity: TRICKY.into(),
                month: "2027-01".into(),
                ..Default::default()
            },
        ];
        ws
    }

    #[test]
    fn the_report_states_what_the_page_states_under_words_own_headings() {
        let ws = workspace();
        let report = SchoolReport::of(&ws, "linde", SchoolYear::of(date(2026, 9, 1))).unwrap();
        let bytes = school_report_document(&report, "Bibliotheek Rivierenland", MADE).unwrap();
        let file = Unpacked::of(&bytes);
        let doc = "word/document.xml";
        let headings = file.headings(doc);
        assert_eq!(
            headings[0],
            (
                "Heading1".to_string(),
                "Schoolrapportage Obs De Linde".to_string()
            )
        );
        let parts: Vec<&str> = headings
            .iter()
            .filter(|(style, _)| style == "Heading2")
            .map(|(_, text)| text.as_str())
            .collect();
        assert_eq!(
            parts,
            [
                "Contactpersonen",
                "Waar de instelling nu staat",
                "Afspraken",
                "Activiteitenplan",
                "Evaluaties",
                "Gesprekken"
            ]
        );
        assert!(headings.contains(&(
            "Heading3".to_string(),
            "Uit het Startgesprek (bijlage 5) van 24-09-2026".to_string()
        )));
        assert_eq!(
            file.style_names(),
            [
                ("Heading1".to_string(), "heading 1".to_string()),
                ("Heading2".to_string(), "heading 2".to_string()),
                ("Heading3".to_string(), "heading 3".to_string()),
            ]
            .into(),
            "Word's own heading styles"
        );
        let paragraphs = file.paragraphs(doc);
        for line in [
            "Schooljaar: 2026-2027",
            "Instelling: Basisschool, Tiel",
            "Bibliotheek: Bibliotheek Rivierenland",
            "Opgesteld op: 03-12-2026",
            "Anke \"A.\" Jansen, Tiel; groep 3 (Leescoördinator / voorleescoördinator)",
            "Elke teamvergadering\neen kwartier",
            "Voorleesontbijt in januari",
            "1 van 2 activiteiten gedaan.",
            "Wat ging goed: Veertig ouders",
            "24-09-2026 · Startgesprek (bijlage 5) · gehouden",
        ] {
            assert!(
                paragraphs.iter().any(|p| p == line),
                "{line} in {paragraphs:#?}"
            );
        }
        let tables = file.tables(doc);
        assert_eq!(tables.len(), 2, "the steps and the plan");
        assert_eq!(tables[0].len(), 7, "steps 7–12 under their header");
        assert_eq!(
            tables[1],
            [
                [
                    "Activiteit",
                    "Doel",
                    "Maand",
                    "Wie",
                    "Resultaat",
                    "Evaluatie"
                ],
                [
                    "Wensen- en verwachtingenavond",
                    "—",
                    "september 2026",
                    "Leesconsulent",
                    "Gedaan",
                    "—"
                ],
                [TRICKY, "—", "januari 2027", "—", "Nog open", "—"],
            ]
        );
        assert_eq!(
            file.bullets(doc),
            [
                "Anke \"A.\" Jansen, Tiel; groep 3 (Leescoördinator / voorleescoördinator)",
                "Voorleesontbijt in januari",
                "24-09-2026 · Startgesprek (bijlage 5) · gehouden"
            ],
            "lists, as on the page"
        );
        assert!(file.portrait_a4());
        assert_eq!(file.header_text(), ["Bibliotheek Rivierenland"]);
    }

    #[test]
    fn an_empty_year_says_so_in_every_part() {
        let ws = workspace();
        let report = SchoolReport::of(&ws, "linde", SchoolYear::of(date(2031, 9, 1))).unwrap();
        let bytes = school_report_document(&report, "Mijn bibliotheek", MADE).unwrap();
        let paragraphs = Unpacked::of(&bytes).paragraphs("word/document.xml");
        for line in [
            "Geen activiteiten in dit schooljaar.",
            "Geen evaluaties in dit schooljaar.",
            "Geen gesprekken in dit schooljaar.",
        ] {
            assert!(
                paragraphs.iter().any(|p| p == line),
                "{line} in {paragraphs:#?}"
            );
        }
    }
}
