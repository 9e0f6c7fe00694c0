//! Names as Dutch users type and read them: folded for search, put in order for lists.
//!
//! Schools work with staff and parents of many origins: "lodz" must find "Łódź", "yilmaz"
//! "İlknur Yılmaz", "ijsselmonde" both "IJsselmonde" and "Ĳsselmonde". Folding is Unicode's
//! compatibility decomposition (`unicode-normalization`) without the marks, lower-cased;
//! ordering is the browser's Dutch collation in the app (`browser::collator`) and
//! [`FoldedOrder`] where there is no browser.

use std::cmp::Ordering;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `text` lower-cased without diacritics or special letters, for comparing what a user
/// typed with what is recorded: both sides are folded the same way.
pub fn fold_for_search(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.nfkd().filter(|c| !is_combining_mark(*c)) {
        match plain_letters(c) {
            Some(letters) => folded.push_str(letters),
            None => folded.extend(c.to_lowercase()),
        }
    }
    folded
}

/// The letters a user types for a letter that is not a plain letter with marks, and so has
/// no decomposition of its own: the Polish ł, the Turkish dotless ı, the German ß, and the
/// ligatures and letters of the Nordic and other Latin alphabets.
fn plain_letters(c: char) -> Option<&'static str> {
    Some(match c {
        'Ł' | 'ł' => "l",
        'ı' => "i",
        'ß' | 'ẞ' => "ss",
        'Œ' | 'œ' => "oe",
        'Æ' | 'æ' => "ae",
        'Ø' | 'ø' => "o",
        'Đ' | 'đ' | 'Ð' | 'ð' => "d",
        'Þ' | 'þ' => "th",
        'Ħ' | 'ħ' => "h",
        'Ŧ' | 'ŧ' => "t",
        'Ŋ' | 'ŋ' => "ng",
        _ => return None,
    })
}

/// Parts of a sentence listed the Dutch way: "a", "a en b", "a, b en c".
pub fn dutch_list<S: std::borrow::Borrow<str>>(parts: &[S]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.borrow().to_string(),
        [rest @ .., last] => format!("{} en {}", rest.join(", "), last.borrow()),
    }
}

/// How names are put in order.
pub trait Collation {
    fn compare(&self, a: &str, b: &str) -> Ordering;

    /// Each name's place in the order, the same for names that compare equal: a list is
    /// sorted by these numbers with one pass of comparisons, not one per pair sorted.
    fn ranks(&self, names: &[&str]) -> Vec<u32> {
        ranks_by(self, names)
    }
}

/// `Collation::ranks` by comparing the names themselves.
pub fn ranks_by(order: &(impl Collation + ?Sized), names: &[&str]) -> Vec<u32> {
    let mut sorted: Vec<usize> = (0..names.len()).collect();
    sorted.sort_by(|&a, &b| order.compare(names[a], names[b]));
    let mut ranks = vec![0; names.len()];
    let mut rank = 0;
    for (at, &n) in sorted.iter().enumerate() {
        if at > 0 && order.compare(names[sorted[at - 1]], names[n]) != Ordering::Equal {
            rank += 1;
        }
        ranks[n] = rank;
    }
    ranks
}

/// The order of the folded names, then of their lower-case and their own spelling: close to
/// the Dutch collation of a browser (Ł among the L's, IJ under I), without one.
#[derive(Debug, Clone, Copy, Default)]
pub struct FoldedOrder;

impl Collation for FoldedOrder {
    fn compare(&self, a: &str, b: &str) -> Ordering {
        fold_for_search(a)
            .cmp(&fold_for_search(b))
            .then_with(|| a.to_lowercase().cmp(&b.to_lowercase()))
            .then_with(|| a.cmp(b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_follow_the_order_and_tie_equal_names() {
        let names = ["Zonnewijzer", "Łódź", "abc", "Lelie", "Zonnewijzer", "ABC"];
        let ranks = FoldedOrder.ranks(&names);
        // ABC, abc (the same but for capitals: by spelling), Lelie, Łódź (folded: lelie <
        // lodz), Zonnewijzer twice with one rank.
        assert_eq!(ranks, [4, 3, 1, 2, 4, 0]);
        for a in 0..names.len() {
            for b in 0..names.len() {
                assert_eq!(
                    ranks[a].cmp(&ranks[b]),
                    FoldedOrder.compare(names[a], names[b])
                );
            }
        }
    }

    fn finds(query: &str, name: &str) -> bool {
        fold_for_search(name).contains(&fold_for_search(query))
    }

    #[test]
    fn names_are_found_as_users_type_them() {
        assert!(finds("lodz", "Łódź"));
        assert!(finds("ilknur", "İlknur Yılmaz"));
        assert!(finds("yilmaz", "İlknur Yılmaz"));
        assert!(finds("lukasz", "Łukasz Wiśniewski"));
        assert!(finds("wisniewski", "Łukasz Wiśniewski"));
        assert!(finds("dvorak", "Dvořák"));
        assert!(finds("ijsselmonde", "IJsselmonde"));
        assert!(finds("ijsselmonde", "\u{132}sselmonde"));
        assert!(finds("strasse", "Straße"));
        assert!(finds("francois", "François"));
        assert!(finds("coordinator", "Leescoördinator"));
        assert!(finds("EEN", "één"));
        assert!(finds("Çelik", "celik"), "the query is folded too");
        assert!(!finds("lodz", "Łeba"));
        assert!(finds("oeuvre", "Œuvre"));
        assert!(finds("soren", "Søren"));
        assert!(finds("aero", "Ærø"));
        assert!(finds("nguyen", "Nguyễn"));
    }

    #[test]
    fn text_arriving_decomposed_is_found_too() {
        // "ë" as e + combining diaeresis, as some keyboards and pasted text send it.
        assert!(finds("coordinator", "Coo\u{308}rdinator"));
    }

    #[test]
    fn names_are_ordered_as_a_dutch_reader_expects() {
        let mut names = vec![
            "Zoë",
            "Łukasz",
            "Lotte",
            "IJsselmonde",
            "Ingrid",
            "Émile",
            "Eva",
            "Çelik",
            "Cees",
            "Mila",
        ];
        names.sort_by(|a, b| FoldedOrder.compare(a, b));
        assert_eq!(
            names,
            [
                "Cees",
                "Çelik",
                "Émile",
                "Eva",
                "IJsselmonde",
                "Ingrid",
                "Lotte",
                "Łukasz",
                "Mila",
                "Zoë"
            ]
        );
    }
}
