//! The consultant's own fixed moments (*monitor afnemen*, *subsidieaanvraag*, *evaluatie met
//! directie*): added once, they come back in every school year's Jaarplanning and calendar.

use jiff::civil::Date;
use reactive_stores::{Patch, Store};
use serde::{Deserialize, Serialize};

use super::records::{Stamps, field_names};
use super::{InvalidInput, SchoolYear, month_name};

/// A moment that comes back every school year, on a day or some time in a month.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Store, Patch)]
#[serde(rename_all = "camelCase", default)]
pub struct Moment {
    pub id: String,
    pub name: String,
    /// The month it falls in, 1–12.
    pub month: u8,
    /// The day of that month; 0 when it is some time in the month.
    pub day: u8,
    pub note: String,
    pub created_at: String,
    pub updated_at: String,
    /// When each field got its value, for merging files field by field (`storage::import`).
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    #[patch(|this, new| *this = new)]
    pub stamps: Stamps,
}

field_names!(
    /// The fields of a fixed moment the user edits.
    MomentField {
        Name => "name",
        Month => "month",
        Day => "day",
        Note => "note",
    }
);

/// A day that is in every year's month (29 February is not).
const fn days_in_every_year(month: u8) -> u8 {
    match month {
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Moment {
    pub fn validate(&self) -> Result<(), InvalidInput> {
        if self.name.trim().is_empty() {
            return Err(InvalidInput(
                "Geef het moment een naam, bijvoorbeeld ‘Monitor afnemen’.".into(),
            ));
        }
        if !(1..=12).contains(&self.month) {
            return Err(InvalidInput("Kies de maand van het moment.".into()));
        }
        if self.day > days_in_every_year(self.month) {
            return Err(InvalidInput(format!(
                "{} {} is er niet elk jaar. Kies een dag van 1 tot en met {}, of laat de dag leeg.",
                self.day,
                month_name_of(self.month),
                days_in_every_year(self.month)
            )));
        }
        Ok(())
    }

    /// Mends what `validate` refuses in a moment read from a file: a blank name is named, a
    /// month that is none becomes August (the year's start), a day that is not in every
    /// year becomes the whole month.
    pub fn repair(&mut self) {
        if self.name.trim().is_empty() {
            self.name = "Vast moment".into();
        }
        if !(1..=12).contains(&self.month) {
            self.month = 8;
        }
        if self.day > days_in_every_year(self.month) {
            self.day = 0;
        }
    }

    /// When it falls in `year`: the day, or the first of its month when it has no day.
    pub fn date_in(&self, year: SchoolYear) -> Option<Date> {
        let month = year
            .months()
            .into_iter()
            .find(|m| m.month() == self.month as i8)?;
        match self.day {
            0 => Some(month),
            day => Date::new(month.year(), month.month(), day as i8).ok(),
        }
    }

    /// "15 maart", "in maart": when it comes back, in words.
    pub fn when(&self) -> String {
        match self.day {
            0 => format!("in {}", month_name_of(self.month)),
            day => format!("{day} {}", month_name_of(self.month)),
        }
    }
}

/// The Dutch name of month `month` (1–12).
fn month_name_of(month: u8) -> &'static str {
    Date::new(2026, month.clamp(1, 12) as i8, 1).map_or("", month_name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn moment(month: u8, day: u8) -> Moment {
        Moment {
            id: "m".into(),
            name: "Monitor afnemen".into(),
            month,
            day,
            ..Default::default()
        }
    }

    #[test]
    fn a_moment_comes_back_in_every_school_year() {
        let year = SchoolYear::of(date(2026, 9, 1));
        assert_eq!(moment(3, 15).date_in(year), Some(date(2027, 3, 15)));
        assert_eq!(moment(10, 0).date_in(year), Some(date(2026, 10, 1)));
        assert_eq!(moment(3, 15).date_in(year.next()), Some(date(2028, 3, 15)));
        assert_eq!(moment(3, 15).when(), "15 maart");
        assert_eq!(moment(10, 0).when(), "in oktober");
    }

    #[test]
    fn a_day_that_is_not_there_every_year_is_refused_in_dutch() {
        assert!(moment(2, 28).validate().is_ok());
        let refused = moment(2, 29).validate().unwrap_err();
        assert!(
            refused.0.contains("29 februari is er niet elk jaar"),
            "{}",
            refused.0
        );
        assert!(moment(13, 0).validate().is_err());
        let mut unnamed = moment(5, 0);
        unnamed.name = "  ".into();
        assert!(
            unnamed
                .validate()
                .unwrap_err()
                .0
                .contains("Geef het moment een naam")
        );
        let mut read = Moment {
            month: 0,
            day: 40,
            ..Default::default()
        };
        read.repair();
        assert_eq!(
            (read.name.as_str(), read.month, read.day),
            ("Vast moment", 8, 0)
        );
        assert!(read.validate().is_ok());
    }
}
