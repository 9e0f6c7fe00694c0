//! Finding the guide's cross-references ("zie bijlage 2") in its text, so views can link them.

/// A piece of guide text: plain, or a reference to a bijlage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    /// The words as written ("bijlage 2") and the bijlage they mean.
    Bijlage {
        words: &'a str,
        number: u8,
    },
}

/// The guide's slip: step 10 calls the activity overview "bijlage 6", but it is Bijlage 8.
const MISNUMBERED: &str = "bijlage 6 projecten- en activiteitenoverzicht";

/// Splits `text` into plain parts and references to bijlagen 1–8.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = find_reference(rest) {
        let after = &rest[start + "bijlage ".len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let end = start + "bijlage ".len() + digits;
        let written: u8 = after[..digits].parse().unwrap_or(0);
        let misnumbered = rest[start..].get(..MISNUMBERED.len());
        let number = if misnumbered.is_some_and(|s| s.eq_ignore_ascii_case(MISNUMBERED)) {
            8
        } else {
            written
        };
        if start > 0 {
            out.push(Segment::Text(&rest[..start]));
        }
        if (1..=8).contains(&number) {
            out.push(Segment::Bijlage {
                words: &rest[start..end],
                number,
            });
        } else {
            out.push(Segment::Text(&rest[start..end]));
        }
        rest = &rest[end..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

/// Where "bijlage N" (any case, followed by a digit) starts in `text`.
fn find_reference(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower[from..].find("bijlage ") {
        let at = from + found;
        let digit_follows = lower
            .as_bytes()
            .get(at + "bijlage ".len())
            .is_some_and(u8::is_ascii_digit);
        if digit_follows {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_found_in_running_text() {
        assert_eq!(
            segments("Zie bijlage 5 voor een gespreksleidraad."),
            [
                Segment::Text("Zie "),
                Segment::Bijlage {
                    words: "bijlage 5",
                    number: 5
                },
                Segment::Text(" voor een gespreksleidraad.")
            ]
        );
        assert_eq!(
            segments("als bijlage 3 en bijlage 4 toegevoegd"),
            [
                Segment::Text("als "),
                Segment::Bijlage {
                    words: "bijlage 3",
                    number: 3
                },
                Segment::Text(" en "),
                Segment::Bijlage {
                    words: "bijlage 4",
                    number: 4
                },
                Segment::Text(" toegevoegd"),
            ]
        );
        assert_eq!(
            segments("geen verwijzing"),
            [Segment::Text("geen verwijzing")]
        );
        assert_eq!(
            segments("in de bijlagen opgenomen"),
            [Segment::Text("in de bijlagen opgenomen")]
        );
    }

    #[test]
    fn the_guides_misnumbered_overview_points_to_bijlage_8() {
        let found = segments("Zie bijlage 6 projecten- en activiteitenoverzicht.");
        assert_eq!(
            found[1],
            Segment::Bijlage {
                words: "bijlage 6",
                number: 8
            }
        );
    }

    #[test]
    fn every_step_reference_is_to_an_existing_bijlage() {
        for step in crate::content::STEPS.iter() {
            for block in step.extra.iter().chain(step.resultaat).chain(step.doel) {
                if let crate::content::Block::Paragraph(p) = block {
                    for segment in segments(p) {
                        if let Segment::Bijlage { number, .. } = segment {
                            assert!((1..=8).contains(&number));
                        }
                    }
                }
            }
        }
    }
}
