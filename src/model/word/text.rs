//! The user's text as Word holds it: a line break where the user pressed Enter (Word's
//! Shift+Enter, so that a cell stays one paragraph), a tab where there was a tab, and
//! nothing of the few characters an XML document cannot hold.

use docx_rs::{BreakType, Paragraph, Run};

/// `text` as one paragraph.
pub(super) fn paragraph(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text))
}

/// A paragraph "label: text", the label in bold.
pub(super) fn labelled(label: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(&format!("{label}:")).bold())
        .add_run(run(&format!(" {text}")))
}

/// `text` as one run; its lines separated by line breaks.
pub(super) fn run(text: &str) -> Run {
    let text = storable(text);
    let mut run = Run::new();
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        for (m, part) in line.split('\t').enumerate() {
            if m > 0 {
                run = run.add_tab();
            }
            if !part.is_empty() {
                run = run.add_text(part);
            }
        }
    }
    run
}

/// The text with line ends as `\n` and without the characters XML 1.0 forbids (control
/// characters other than tab and line ends, U+FFFE, U+FFFF): pasted from elsewhere, one of
/// them would make Word refuse the whole file.
fn storable(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}'
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_of_every_kind_become_one_line_break_each() {
        assert_eq!(storable("a\r\nb\rc\nd"), "a\nb\nc\nd");
    }

    #[test]
    fn characters_xml_cannot_hold_are_left_out_and_the_rest_kept() {
        assert_eq!(
            storable("Ouder\u{0}avond\u{b}; \"lezen\"\u{1f}\t<&>\u{fffe} Łódź"),
            "Ouderavond; \"lezen\"\t<&> Łódź"
        );
    }
}
