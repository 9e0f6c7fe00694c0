//! Calendar dates as the app stores them: `jjjj-mm-dd`, or an ISO 8601 time that starts so.

use super::InvalidInput;

/// Accepts an empty date or a calendar date written as `jjjj-mm-dd`.
pub fn validate_date(value: &str) -> Result<(), InvalidInput> {
    if value.is_empty() || day_number(value).is_some() {
        Ok(())
    } else {
        Err(InvalidInput(format!(
            "‘{value}’ is geen geldige datum. Kies een datum in de kalender of laat het veld leeg."
        )))
    }
}

/// Days since 1970-01-01 of a `jjjj-mm-dd` date (or of the date part of an ISO time).
pub fn day_number(value: &str) -> Option<i64> {
    let date = value.get(..10)?;
    if value.len() > 10 && !value[10..].starts_with('T') {
        return None;
    }
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return None;
    }
    let (year, month, day): (i64, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(days_from_civil(year, month, day))
}

/// Whole days from `earlier` to `later`; `None` when either is not a date.
pub fn days_between(earlier: &str, later: &str) -> Option<i64> {
    Some(day_number(later)? - day_number(earlier)?)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days-from-civil algorithm.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked_against_the_calendar() {
        assert!(validate_date("").is_ok());
        assert!(validate_date("2026-11-28").is_ok());
        assert!(validate_date("2024-02-29").is_ok());
        assert!(validate_date("2023-02-29").is_err());
        assert!(validate_date("2026-13-01").is_err());
        assert!(validate_date("28-11-2026").is_err());
        assert!(validate_date("gisteren").is_err());
        assert!(validate_date("2026-11-28x").is_err());
    }

    #[test]
    fn days_are_counted_across_months_and_leap_years() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2));
        assert_eq!(
            days_between("2026-11-28T10:00:00.000Z", "2027-01-09"),
            Some(42)
        );
        assert_eq!(days_between("", "2027-01-09"), None);
    }
}

/// A stored date (or ISO time) as the Dutch write it: `28-11-2026`; empty stays empty.
pub fn format_date(value: &str) -> String {
    match value.get(..10).filter(|_| day_number(value).is_some()) {
        Some(date) => format!("{}-{}-{}", &date[8..10], &date[5..7], &date[..4]),
        None => value.to_string(),
    }
}

/// A month `jjjj-mm` as Dutch readers say it: "december 2026". Anything else is shown as is.
pub fn format_month(month: &str) -> String {
    const NAMES: [&str; 12] = [
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
    let number = month
        .get(5..)
        .filter(|_| month.len() == 7 && month.as_bytes()[4] == b'-')
        .and_then(|m| m.parse::<usize>().ok());
    match (month.get(..4), number) {
        (Some(year), Some(n @ 1..=12)) if year.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{} {year}", NAMES[n - 1])
        }
        _ => month.to_string(),
    }
}

#[cfg(test)]
mod format_tests {
    use super::format_date;

    #[test]
    fn dates_are_shown_day_first() {
        assert_eq!(format_date("2026-11-28"), "28-11-2026");
        assert_eq!(format_date("2026-01-05T10:00:00.000Z"), "05-01-2026");
        assert_eq!(format_date(""), "");
    }
}

#[cfg(test)]
mod month_tests {
    use super::format_month;

    #[test]
    fn months_read_as_dutch_words() {
        assert_eq!(format_month("2026-12"), "december 2026");
        assert_eq!(format_month("2027-01"), "januari 2027");
        assert_eq!(format_month("2027-13"), "2027-13");
        assert_eq!(format_month(""), "");
        assert_eq!(format_month("september"), "september");
    }
}
