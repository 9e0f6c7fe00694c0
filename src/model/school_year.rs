//! The school year a consultant works in: 1 August to 31 July, written "2026-2027".

use jiff::civil::Date;

use super::InvalidInput;

/// A school year, named by the calendar year its August falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SchoolYear(i16);

/// The month a school year starts in.
const AUGUST: i8 = 8;

impl SchoolYear {
    /// The school year a date falls in: August to December start one, January to July end it.
    pub fn of(date: Date) -> Self {
        if date.month() >= AUGUST {
            Self(date.year())
        } else {
            Self(date.year() - 1)
        }
    }

    /// "2026-2027" as the user writes it; any other text (a year that does not follow, a
    /// single year) gets a Dutch message.
    pub fn parse(text: &str) -> Result<Self, InvalidInput> {
        let refused = || {
            InvalidInput(format!(
                "‘{}’ is geen schooljaar. Een schooljaar loopt van 1 augustus tot en met 31 juli en wordt geschreven als 2026-2027.",
                text.trim()
            ))
        };
        let (first, second) = text
            .trim()
            .split_once(['-', '/', '–'])
            .ok_or_else(refused)?;
        let first: i16 = first.trim().parse().map_err(|_| refused())?;
        let second: i16 = second.trim().parse().map_err(|_| refused())?;
        let year = Self(first);
        if second == first + 1 && year.first_day().is_some() && year.next().first_day().is_some() {
            Ok(year)
        } else {
            Err(refused())
        }
    }

    pub fn label(self) -> String {
        format!("{}-{}", self.0, self.0 + 1)
    }

    pub fn previous(self) -> Self {
        Self(self.0 - 1)
    }

    pub fn next(self) -> Self {
        Self(self.0 + 1)
    }

    /// 1 August; `None` outside the calendar's years.
    pub fn first_day(self) -> Option<Date> {
        Date::new(self.0, AUGUST, 1).ok()
    }

    /// The first day of each of its twelve months, August to July.
    pub fn months(self) -> Vec<Date> {
        let Some(first) = self.first_day() else {
            return Vec::new();
        };
        (0..12)
            .filter_map(|n| first.checked_add(jiff::Span::new().months(n)).ok())
            .collect()
    }

    pub fn contains(self, date: Date) -> bool {
        Self::of(date) == self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_school_year_runs_from_august_to_july() {
        let year = SchoolYear::of(date(2026, 8, 1));
        assert_eq!(year.label(), "2026-2027");
        assert_eq!(SchoolYear::of(date(2027, 7, 31)), year);
        assert_eq!(SchoolYear::of(date(2026, 7, 31)), year.previous());
        assert_eq!(SchoolYear::of(date(2027, 8, 1)), year.next());
        let months = year.months();
        assert_eq!(months.len(), 12);
        assert_eq!(months[0], date(2026, 8, 1));
        assert_eq!(months[4], date(2026, 12, 1));
        assert_eq!(months[11], date(2027, 7, 1));
    }

    #[test]
    fn a_year_is_read_as_the_user_writes_it() {
        let year = SchoolYear::of(date(2026, 9, 1));
        assert_eq!(SchoolYear::parse("2026-2027"), Ok(year));
        assert_eq!(SchoolYear::parse(" 2026 / 2027 "), Ok(year));
        for wrong in ["2026-2028", "2026", "", "twee-drie", "2027-2026"] {
            let refused = SchoolYear::parse(wrong).unwrap_err();
            assert!(
                refused.0.contains("1 augustus tot en met 31 juli"),
                "{wrong}"
            );
        }
    }
}
