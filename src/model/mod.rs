//! The user's workspace: what the library records while carrying out the guide.
//!
//! Plain data with no signals and no browser access, so `cargo test` covers every rule.
//! Times are passed in by the caller as ISO 8601 strings.

mod progress;
mod workspace;

pub use progress::{StepProgress, StepStatus, StepSummary};
pub use workspace::{Library, Workspace};

/// Why a value typed by the user was not accepted, in Dutch, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidInput(pub String);

/// Accepts an empty date or a calendar date written as `jjjj-mm-dd`.
pub fn validate_date(value: &str) -> Result<(), InvalidInput> {
    if value.is_empty() || is_calendar_date(value) {
        Ok(())
    } else {
        Err(InvalidInput(format!(
            "‘{value}’ is geen geldige datum. Kies een datum in de kalender of laat het veld leeg."
        )))
    }
}

fn is_calendar_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    let (year, month, day): (u32, u32, u32) = match (y.parse(), m.parse(), d.parse()) {
        (Ok(y), Ok(m), Ok(d)) => (y, m, d),
        _ => return false,
    };
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
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
    }
}
