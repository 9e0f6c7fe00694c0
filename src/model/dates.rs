//! Calendar dates as the app stores them: `jjjj-mm-dd`, or an ISO 8601 time that starts so;
//! months as `jjjj-mm`. The calendar itself (month lengths, leap years, days between) is
//! `jiff`'s.

use jiff::civil::Date;

use super::InvalidInput;

/// The date a stored value names: exactly `jjjj-mm-dd`, or an ISO time that starts with
/// one (`2026-11-28T10:00:00.000Z`). Shorter, longer or other forms are not dates, even
/// where a lenient parser would take them.
pub fn parse_date(value: &str) -> Option<Date> {
    let date = value.get(..10)?;
    if value.len() > 10 && !value[10..].starts_with('T') {
        return None;
    }
    let shaped = date.bytes().enumerate().all(|(i, b)| match i {
        4 | 7 => b == b'-',
        _ => b.is_ascii_digit(),
    });
    if !shaped {
        return None;
    }
    let number = |range: std::ops::Range<usize>| date[range].parse().ok();
    Date::new(number(0..4)?, number(5..7)? as i8, number(8..10)? as i8).ok()
}

/// The month a stored `jjjj-mm` names, as its first day.
pub fn parse_month(month: &str) -> Option<Date> {
    (month.len() == 7).then(|| parse_date(&format!("{month}-01")))?
}

/// A date as the app stores it: `jjjj-mm-dd`.
pub fn date_text(date: Date) -> String {
    date.strftime("%Y-%m-%d").to_string()
}

/// Accepts an empty date or a calendar date written as `jjjj-mm-dd`.
pub fn validate_date(value: &str) -> Result<(), InvalidInput> {
    if value.is_empty() || parse_date(value).is_some() {
        Ok(())
    } else {
        Err(InvalidInput(format!(
            "‘{value}’ is geen geldige datum. Kies een datum in de kalender of laat het veld leeg."
        )))
    }
}

/// Whole days from `earlier` to `later` (negative when `later` comes first); `None` when
/// either is not a date.
pub fn days_between(earlier: &str, later: &str) -> Option<i64> {
    let span = parse_date(earlier)?.until(parse_date(later)?).ok()?;
    Some(i64::from(span.get_days()))
}

/// A stored date (or ISO time) as the Dutch write it: `28-11-2026`; anything else is shown
/// as it is.
pub fn format_date(value: &str) -> String {
    match parse_date(value) {
        Some(date) => date.strftime("%d-%m-%Y").to_string(),
        None => value.to_string(),
    }
}

const MONTH_NAMES: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// The Dutch name of a date's month: "december".
pub fn month_name(date: Date) -> &'static str {
    MONTH_NAMES[usize::from(date.month().unsigned_abs()) - 1]
}

/// The Dutch short name of a date's month, as calendars write it: "mrt".
pub fn month_abbreviation(date: Date) -> &'static str {
    const SHORT: [&str; 12] = [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    SHORT[usize::from(date.month().unsigned_abs()) - 1]
}

/// A month `jjjj-mm` as Dutch readers say it: "december 2026". Anything else is shown as is.
pub fn format_month(month: &str) -> String {
    match parse_month(month) {
        Some(date) => format!("{} {}", month_name(date), date.year()),
        None => month.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_have_their_dutch_names() {
        let march = parse_month("2027-03").unwrap();
        assert_eq!(
            (month_name(march), month_abbreviation(march)),
            ("maart", "mrt")
        );
        assert_eq!(format_month("2026-12"), "december 2026");
    }

    #[test]
    fn dates_are_checked_against_the_calendar() {
        assert!(validate_date("").is_ok());
        assert!(validate_date("2026-11-28").is_ok());
        assert!(validate_date("2024-02-29").is_ok());
        assert!(validate_date("2023-02-29").is_err());
        assert!(validate_date("2026-13-01").is_err());
        assert!(validate_date("2026-04-31").is_err());
        assert!(validate_date("28-11-2026").is_err());
        assert!(validate_date("2026-1-28").is_err());
        assert!(validate_date("+2026-01-28").is_err());
        assert!(validate_date("20261128").is_err());
        assert!(validate_date("gisteren").is_err());
        assert!(validate_date("2026-11-28x").is_err());
        assert!(validate_date("2026-11-28T10:00:00Z").is_ok());
    }

    #[test]
    fn days_are_counted_across_months_and_leap_years() {
        assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2));
        assert_eq!(days_between("2023-02-28", "2023-03-01"), Some(1));
        assert_eq!(
            days_between("2026-11-28T10:00:00.000Z", "2027-01-09"),
            Some(42)
        );
        assert_eq!(days_between("2027-01-09", "2026-11-28"), Some(-42));
        assert_eq!(days_between("", "2027-01-09"), None);
    }

    #[test]
    fn dates_are_shown_day_first() {
        assert_eq!(format_date("2026-11-28"), "28-11-2026");
        assert_eq!(format_date("2026-01-05T10:00:00.000Z"), "05-01-2026");
        assert_eq!(format_date(""), "");
        assert_eq!(format_date("morgen"), "morgen");
    }

    #[test]
    fn months_read_as_dutch_words() {
        assert_eq!(format_month("2026-12"), "december 2026");
        assert_eq!(format_month("2027-01"), "januari 2027");
        assert_eq!(format_month("2027-13"), "2027-13");
        assert_eq!(format_month(""), "");
        assert_eq!(format_month("september"), "september");
        assert_eq!(
            parse_month("2027-02").map(date_text).as_deref(),
            Some("2027-02-01")
        );
    }
}
