//! Hostile and damaged import files: whatever arrives, reading it never panics, and a file
//! that is refused always gets a Dutch message that says what is wrong. (That nothing in
//! storage changes is shown in the browser: e2e/gegevens.test.mjs.)
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use ouderpartnerschap::storage::import::read_import;
use proptest::prelude::*;

const FULL_V2: &str = include_str!("fixtures/workspace-v2-full.json");
const FULL_V1: &str = include_str!("fixtures/workspace-v1-full.json");

/// Phrases of serde's or Rust's own messages that must never reach the user.
const ENGLISH: [&str; 10] = [
    "expected",
    "invalid",
    "at line",
    "column ",
    "missing field",
    "unknown variant",
    "unknown field",
    "EOF",
    "recursion",
    "panicked",
];

/// The message without what it quotes of the file (‘…’), which may be anything.
fn own_words(message: &str) -> String {
    let mut words = String::new();
    let mut quoted = false;
    for c in message.chars() {
        match c {
            '‘' => quoted = true,
            '’' => quoted = false,
            c if !quoted => words.push(c),
            _ => {}
        }
    }
    words
}

/// A refusal must be Dutch and say nothing in English.
fn assert_dutch(message: &str) {
    assert!(
        message.starts_with("Dit bestand"),
        "not a Dutch refusal: {message}"
    );
    let words = own_words(message);
    for phrase in ENGLISH {
        assert!(!words.contains(phrase), "‘{phrase}’ in: {message}");
    }
}

/// Reads `text` as an import: read, or refused in Dutch; never a panic.
fn check(text: &str) {
    if let Err(message) = read_import(text) {
        assert_dutch(&message);
    }
}

#[test]
fn a_fixture_cut_off_at_any_point_is_refused_in_dutch() {
    for fixture in [FULL_V1, FULL_V2] {
        for end in (0..fixture.len()).filter(|i| fixture.is_char_boundary(*i)) {
            let cut = &fixture[..end];
            let message = read_import(cut).expect_err("a cut-off file is refused");
            assert_dutch(&message);
        }
    }
}

#[test]
fn lone_surrogates_are_refused_and_never_swallow_a_neighbour() {
    for escape in [r"\ud800\u0041", r"\ud800", r"\udc00x", r"\ud800\ud800"] {
        let text = FULL_V2.replacen("Obs De Regenboog", &format!("Obs{escape}"), 1);
        let message = read_import(&text).unwrap_err();
        assert!(message.contains("surrogaat"), "{escape}: {message}");
    }
    // A proper pair is one character.
    let pair = FULL_V2.replacen("Obs De Regenboog", r"Obs \ud83d\udcda", 1);
    let file = read_import(&pair).unwrap();
    assert_eq!(file.workspace.institutions[0].name, "Obs 📚");
}

#[test]
fn deep_nesting_and_huge_numbers_are_refused_in_dutch() {
    let deep = FULL_V2.replacen(
        r#""notes":"Navragen bij gemeente""#,
        &format!(r#""notes":{}1{}"#, "[".repeat(10_000), "]".repeat(10_000)),
        1,
    );
    check(&deep);
    assert!(read_import(&deep).is_err());
    for number in ["300", "-1", "99999999999999999999999", "2.5"] {
        let text = FULL_V2.replacen(r#""ageFrom":2"#, &format!(r#""ageFrom":{number}"#), 1);
        check(&text);
        let message = read_import(&text).unwrap_err();
        assert!(message.contains("ageFrom"), "{number}: {message}");
    }
    let beyond = FULL_V2.replacen(r#""ageFrom":2"#, r#""ageFrom":1e400"#, 1);
    check(&beyond);
    assert!(read_import(&beyond).unwrap_err().contains("te groot"));
    let version = FULL_V2.replacen(r#""schemaVersion":2"#, r#""schemaVersion":1e400"#, 1);
    check(&version);
}

/// A map whose keys arrive in descending order was once read in quadratic time.
#[test]
fn a_map_with_keys_in_descending_order_reads_in_linear_ish_time() {
    let keys = |n: usize| {
        (0..n)
            .rev()
            .map(|k| format!(r#""k{k:06}":"a""#))
            .collect::<Vec<_>>()
            .join(",")
    };
    let file = |n: usize| {
        FULL_V2.replacen(
            r#""agreements":{"stap-10-afspraak-team":"Twee ouderavonden per jaar"}"#,
            &format!(r#""agreements":{{{}}}"#, keys(n)),
            1,
        )
    };
    let time = |n: usize| {
        let text = file(n);
        let start = Instant::now();
        let read = read_import(&text).expect("it reads");
        assert_eq!(read.workspace.institutions[0].agreements.len(), n);
        start.elapsed()
    };
    let small = time(30_000);
    let large = time(300_000);
    // Ten times the keys: quadratic would be a hundred times slower, n log n about eleven.
    assert!(
        large < small * 40 + Duration::from_millis(50),
        "{small:?} for 30,000 keys, {large:?} for 300,000"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Any single byte changed anywhere: read, or refused in Dutch; never a panic.
    #[test]
    fn a_single_changed_byte_never_panics(at in 0..FULL_V2.len(), byte in any::<u8>()) {
        let mut bytes = FULL_V2.as_bytes().to_vec();
        bytes[at] = byte;
        if let Ok(text) = String::from_utf8(bytes) {
            check(&text);
        }
    }

    /// Any text at all, and the fixture with any text spliced in.
    #[test]
    fn any_text_never_panics(junk in any::<String>(), at in 0..FULL_V2.len()) {
        check(&junk);
        if FULL_V2.is_char_boundary(at) {
            check(&format!("{}{junk}{}", &FULL_V2[..at], &FULL_V2[at..]));
        }
    }
}
