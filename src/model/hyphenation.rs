//! Dutch hyphenation for print: narrow table columns break a long word at a syllable, with
//! a hyphen ("voorjaars-vakantie"), not wherever the column ends ("voorjaarsvak antie").

use hypher::{Lang, hyphenate};

/// The soft hyphen: invisible unless the line breaks there, then printed as a hyphen.
const SOFT_HYPHEN: char = '\u{ad}';

/// `text` with a soft hyphen at every Dutch syllable break of its words; spaces, numbers
/// and punctuation stay as they are, so lines still break at spaces first.
pub fn hyphenated(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_alphabetic() {
            word.push(c);
            continue;
        }
        for (n, syllable) in hyphenate(&word, Lang::Dutch).enumerate() {
            if n > 0 {
                out.push(SOFT_HYPHEN);
            }
            out.push_str(syllable);
        }
        word.clear();
        out.push(c);
    }
    out.pop(); // the space added to end the last word
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visible(text: &str) -> String {
        text.replace(SOFT_HYPHEN, "-")
    }

    #[test]
    fn long_words_break_at_dutch_syllables() {
        assert_eq!(
            visible(&hyphenated("voorjaarsvakantie, aanmeldformulieren")),
            "voor-jaars-va-kan-tie, aan-meld-for-mu-lie-ren"
        );
        assert_eq!(
            visible(&hyphenated("Wie is verantwoordelijk?")),
            "Wie is ver-ant-woor-de-lijk?"
        );
        assert_eq!(
            visible(&hyphenated("leescoördinator")),
            "lees-co-ör-di-na-tor"
        );
    }

    #[test]
    fn only_the_soft_hyphens_are_added() {
        let text = "Ouderavond 12-03 (groep 1–8):\nVVE-thuis met Łódź en İlknur";
        assert_eq!(hyphenated(text).replace(SOFT_HYPHEN, ""), text);
        assert_eq!(hyphenated(""), "");
    }
}
