//! The Jaarplanning as an iCalendar file (RFC 5545) for Outlook, Google Calendar and the
//! iPad's calendar: one all-day event per item, with a UID that stays the same, so that
//! importing the year again updates the events instead of adding them twice.

use jiff::ToSpan;

use super::{CalendarItem, When, date_text, format_month};

/// The calendar file of `items`, named `name`; `now` (an ISO 8601 UTC time) stamps it.
/// `None` without items: a calendar file must hold at least one event (§3.6).
pub fn calendar_file(name: &str, items: &[&CalendarItem], now: &str) -> Option<String> {
    if items.is_empty() {
        return None;
    }
    let stamp = utc_stamp(now);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Ouderpartnerschap//Jaarplanning//NL".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", text(name)),
    ];
    for item in items {
        // All-day: DTEND is the day after the last day (a month's item spans the month).
        let (first, after, note) = match item.when {
            When::Day(day) => (day, day.checked_add(1.day()), None),
            When::Month(first) => (
                first,
                first.checked_add(1.month()),
                Some(format!("In {}", format_month(&date_text(first)[..7]))),
            ),
        };
        let Ok(after) = after else { continue };
        let status = item.done.then_some("Gedaan");
        let description: Vec<String> = note.into_iter().chain(status.map(String::from)).collect();
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", text(&format!("{}@ouderpartnerschap", item.uid))),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", first.strftime("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", after.strftime("%Y%m%d")),
            // A title is one line: a line break the user typed in a name becomes a space.
            format!("SUMMARY:{}", text(&item.summary.replace(['\r', '\n'], " "))),
        ]);
        if !description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", text(&description.join(". "))));
        }
        lines.extend(["TRANSP:TRANSPARENT".to_string(), "END:VEVENT".to_string()]);
    }
    lines.push("END:VCALENDAR".to_string());
    Some(lines.iter().map(|line| folded(line)).collect())
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.replace("\r\n", "\n").chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// A content line ended by CRLF, folded (§3.1) so that no line is longer than 75 octets:
/// a break and one space, never inside a character.
fn folded(line: &str) -> String {
    const LIMIT: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / LIMIT * 3 + 2);
    let mut length = 0;
    for c in line.chars() {
        if length + c.len_utf8() > LIMIT {
            out.push_str("\r\n ");
            length = 1;
        }
        out.push(c);
        length += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// `2026-12-06T20:30:00.000Z` as iCalendar's UTC time, `20261206T203000Z`.
fn utc_stamp(now: &str) -> String {
    let digits: String = now
        .chars()
        .take(19)
        .filter(|c| c.is_ascii_digit() || *c == 'T')
        .collect();
    format!("{digits}Z")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Place;
    use jiff::civil::date;

    fn item(when: When, summary: &str) -> CalendarItem {
        CalendarItem {
            when,
            summary: summary.into(),
            place: Place::LibraryStep(1),
            uid: "gesprek-1".into(),
            institution: None,
            done: false,
        }
    }

    /// The content lines after unfolding (§3.1): a CRLF followed by a space is removed.
    fn unfolded(file: &str) -> Vec<String> {
        file.replace("\r\n ", "")
            .split("\r\n")
            .map(String::from)
            .collect()
    }

    #[test]
    fn text_is_escaped_as_rfc_5545_writes_it() {
        // §3.3.11's own rule: "\\" for a backslash, "\;", "\," and "\n".
        assert_eq!(
            text("Obs De Linde; groep 1, 2\nC:\\map"),
            "Obs De Linde\\; groep 1\\, 2\\nC:\\\\map"
        );
    }

    #[test]
    fn long_lines_are_folded_at_75_octets_and_unfold_to_what_they_were() {
        // §3.1's example folds "DESCRIPTION:This is a long description that exists on a
        // long line." the same way: a CRLF and one space.
        let line = format!(
            "SUMMARY:{}",
            "Łódź en İlknur Yılmaz: voorleesontbijt ".repeat(5)
        );
        let file = folded(&line);
        assert!(file.ends_with("\r\n"));
        for physical in file.trim_end_matches("\r\n").split("\r\n") {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        assert_eq!(unfolded(&file)[0], line);
    }

    #[test]
    fn each_item_is_an_all_day_event_with_a_stable_uid() {
        let day = item(When::Day(date(2026, 9, 24)), "Obs De Linde: Start\ngesprek");
        let mut month = item(When::Month(date(2026, 12, 1)), "Kerst, lezen; samen");
        month.uid = "activiteit-7".into();
        month.done = true;
        let file = calendar_file(
            "Jaarplanning 2026-2027",
            &[&day, &month],
            "2026-12-06T20:30:00.000Z",
        )
        .unwrap();
        let lines = unfolded(&file);
        assert_eq!(lines[0], "BEGIN:VCALENDAR");
        assert!(lines.contains(&"UID:gesprek-1@ouderpartnerschap".to_string()));
        assert!(lines.contains(&"DTSTAMP:20261206T203000Z".to_string()));
        assert!(lines.contains(&"DTSTART;VALUE=DATE:20260924".to_string()));
        assert!(lines.contains(&"DTEND;VALUE=DATE:20260925".to_string()));
        assert!(lines.contains(&"DTSTART;VALUE=DATE:20261201".to_string()));
        assert!(lines.contains(&"DTEND;VALUE=DATE:20270101".to_string()));
        assert!(lines.contains(&"SUMMARY:Kerst\\, lezen\\; samen".to_string()));
        assert!(lines.contains(&"SUMMARY:Obs De Linde: Start gesprek".to_string()));
        assert!(lines.contains(&"DESCRIPTION:In december 2026. Gedaan".to_string()));
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 2);
        assert_eq!(lines[lines.len() - 2], "END:VCALENDAR");
        assert_eq!(lines.last().map(String::as_str), Some(""), "ends with CRLF");
    }

    #[test]
    fn a_year_without_items_makes_no_file() {
        assert_eq!(
            calendar_file("Jaarplanning", &[], "2026-12-06T20:30:00Z"),
            None
        );
    }
}
