//! The Jaarplanning: every dated thing of one school year, month by month — steps with a
//! date, conversations, evaluations held and planned, and activities by their month.

use jiff::civil::Date;

use super::{SchoolYear, Workspace, parse_date, parse_month};
use crate::content::step_by_id;

/// When an item falls: on a day, or some time in a month (an activity's month).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum When {
    /// Sorted first in its month: the month as a whole comes before its days.
    Month(Date),
    Day(Date),
}

impl When {
    /// The first day of the month it falls in.
    pub fn month(self) -> Date {
        match self {
            Self::Month(first) => first,
            Self::Day(day) => day.first_of_month(),
        }
    }
}

/// Where an item is edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    LibraryStep(u8),
    InstitutionStep {
        institution: String,
        step: u8,
    },
    /// A row of an institution's planning form.
    Activity {
        institution: String,
        activity: String,
    },
    Conversation(String),
    /// One of the consultant's own fixed moments.
    Moment(String),
}

/// One dated thing in the year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarItem {
    pub when: When,
    /// What it is, in Dutch, with the institution's name: "Obs De Linde: Startgesprek".
    pub summary: String,
    pub place: Place,
    /// Stable across exports, so a calendar that imports the year again updates the item.
    pub uid: String,
    /// The institution it belongs to; `None` for the library's own.
    pub institution: Option<String>,
    /// Done or held: shown as such, still in the calendar.
    pub done: bool,
}

impl CalendarItem {
    /// An open activity whose month has passed, as the Overzicht calls it: achterstallig.
    pub fn is_overdue(&self, today: Date) -> bool {
        let activity = matches!(self.place, Place::Activity { .. });
        activity
            && matches!(self.when, When::Month(month) if !self.done && month < today.first_of_month())
    }
}

/// The twelve months of `year`, August to July, each with its items in date order.
pub fn year_calendar(workspace: &Workspace, year: SchoolYear) -> Vec<(Date, Vec<CalendarItem>)> {
    let mut items = items_of(workspace);
    items.retain(|item| year.contains(item.when.month()));
    // The fixed moments come back in every year, each with a UID of its own per year.
    items.extend(workspace.moments.iter().filter_map(|moment| {
        let day = moment.date_in(year)?;
        Some(CalendarItem {
            when: if moment.day == 0 {
                When::Month(day)
            } else {
                When::Day(day)
            },
            summary: format!(
                "{}: {}",
                workspace.library.display_name(),
                moment.name.trim()
            ),
            place: Place::Moment(moment.id.clone()),
            uid: format!("moment-{}-{}", moment.id, year.label()),
            institution: None,
            done: false,
        })
    }));
    // Stable: items of one day keep the order below (steps, conversations, evaluations).
    items.sort_by_key(|item| item.when);
    year.months()
        .into_iter()
        .map(|month| {
            let of_month = items
                .iter()
                .filter(|item| item.when.month() == month)
                .cloned()
                .collect();
            (month, of_month)
        })
        .collect()
}

fn items_of(workspace: &Workspace) -> Vec<CalendarItem> {
    let mut items = Vec::new();
    let step_title = |id: &str| step_by_id(id).map(|s| (s.number, s.short_title));
    for (id, progress) in &workspace.steps {
        if let (Some(day), Some((number, title))) = (parse_date(&progress.date), step_title(id)) {
            items.push(CalendarItem {
                when: When::Day(day),
                summary: format!("Bibliotheek: stap {number} {title}"),
                place: Place::LibraryStep(number),
                uid: format!("bibliotheek-{id}"),
                institution: None,
                done: progress.status == super::StepStatus::Done,
            });
        }
    }
    let institutions = workspace.institutions.iter().filter(|i| !i.archived);
    for institution in institutions.clone() {
        let name = institution.name.trim();
        let at_step = |step| Place::InstitutionStep {
            institution: institution.id.clone(),
            step,
        };
        for (id, progress) in &institution.steps {
            if let (Some(day), Some((number, title))) = (parse_date(&progress.date), step_title(id))
            {
                items.push(CalendarItem {
                    when: When::Day(day),
                    summary: format!("{name}: stap {number} {title}"),
                    place: at_step(number),
                    uid: format!("{}-{id}", institution.id),
                    institution: Some(institution.id.clone()),
                    done: progress.status == super::StepStatus::Done,
                });
            }
        }
        // A planned evaluation is held once one is recorded on or after its date.
        let last_held = institution
            .evaluations
            .iter()
            .map(|e| e.date.as_str())
            .max();
        for evaluation in &institution.evaluations {
            let held = last_held.is_some_and(|held| held >= evaluation.next_date.as_str());
            let moments = [
                (&evaluation.date, "Evaluatie", "gehouden", true),
                (
                    &evaluation.next_date,
                    "Volgende evaluatie",
                    "volgende",
                    held,
                ),
            ];
            for (date, what, uid, done) in moments {
                // A planned evaluation held on its day is that evaluation: listed once.
                let held_that_day =
                    uid == "volgende" && institution.evaluations.iter().any(|e| e.date == *date);
                if let Some(day) = parse_date(date).filter(|_| !held_that_day) {
                    items.push(CalendarItem {
                        when: When::Day(day),
                        summary: format!("{name}: {what}"),
                        place: at_step(12),
                        uid: format!("evaluatie-{}-{uid}", evaluation.id),
                        institution: Some(institution.id.clone()),
                        done,
                    });
                }
            }
        }
    }
    let name_of = |id: &str| {
        institutions
            .clone()
            .find(|i| i.id == id)
            .map(|i| i.name.trim().to_string())
    };
    for conversation in &workspace.conversations {
        let Some(day) = parse_date(&conversation.date) else {
            continue;
        };
        let with = match &conversation.institution_id {
            None => "Bibliotheek".to_string(),
            // A conversation of an archived or deleted institution is not this year's work.
            Some(id) => match name_of(id) {
                Some(name) => name,
                None => continue,
            },
        };
        items.push(CalendarItem {
            when: When::Day(day),
            summary: format!(
                "{with}: {}, {}",
                conversation.kind.label(),
                conversation.status.label().to_lowercase()
            ),
            place: Place::Conversation(conversation.id.clone()),
            uid: format!("gesprek-{}", conversation.id),
            institution: conversation.institution_id.clone(),
            done: conversation.status == super::ConversationStatus::Held,
        });
    }
    for activity in &workspace.activities {
        let (Some(month), Some(name)) = (
            parse_month(&activity.month),
            name_of(&activity.institution_id),
        ) else {
            continue;
        };
        if activity.is_untouched_example() {
            continue;
        }
        let what = match activity.activity.trim() {
            "" => "Activiteit zonder naam",
            what => what,
        };
        items.push(CalendarItem {
            when: When::Month(month),
            summary: format!("{name}: {what}"),
            place: Place::Activity {
                institution: activity.institution_id.clone(),
                activity: activity.id.clone(),
            },
            uid: format!("activiteit-{}", activity.id),
            institution: Some(activity.institution_id.clone()),
            done: workspace
                .institution(&activity.institution_id)
                .is_some_and(|i| super::outcome_of(i, activity) == super::Outcome::Done),
        });
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Activity, Conversation, ConversationKind, ConversationStatus, Evaluation, Institution,
        StepProgress, StepStatus,
    };
    use jiff::civil::date;

    fn workspace() -> Workspace {
        let mut ws = Workspace::default();
        ws.steps.insert(
            "stap-3".into(),
            StepProgress {
                date: "2026-10-05".into(),
                status: StepStatus::Done,
                ..Default::default()
            },
        );
        let mut school = Institution {
            id: "linde".into(),
            name: "Obs De Linde".into(),
            ..Default::default()
        };
        school.steps.insert(
            "stap-8".into(),
            StepProgress {
                date: "2026-09-10".into(),
                ..Default::default()
            },
        );
        school.evaluations.push(Evaluation {
            id: "e1".into(),
            date: "2027-02-02".into(),
            next_date: "2027-06-15".into(),
            ..Default::default()
        });
        school.evaluations.push(Evaluation {
            id: "e0".into(),
            date: "".into(),
            next_date: "2027-02-01".into(),
            ..Default::default()
        });
        // Planned for 2 February and held that day: one item, the evaluation held.
        school.evaluations.push(Evaluation {
            id: "e-1".into(),
            date: "".into(),
            next_date: "2027-02-02".into(),
            ..Default::default()
        });
        let archived = Institution {
            id: "oud".into(),
            name: "Oude school".into(),
            archived: true,
            ..Default::default()
        };
        ws.institutions = vec![school, archived];
        let mut held = Conversation::new("g1", ConversationKind::Start, Some("linde"), "x");
        held.date = "2026-09-24".into();
        held.status = ConversationStatus::Held;
        let mut old = Conversation::new("g2", ConversationKind::Start, Some("oud"), "x");
        old.date = "2026-09-25".into();
        let mut last_year = Conversation::new("g3", ConversationKind::Start, Some("linde"), "x");
        last_year.date = "2026-07-31".into();
        ws.conversations = vec![held, old, last_year];
        let activity = |id: &str, month: &str, example: bool| Activity {
            id: id.into(),
            institution_id: "linde".into(),
            activity: format!("Activiteit {id}"),
            month: month.into(),
            example_id: example.then(|| "voorbeeld".into()),
            ..Default::default()
        };
        ws.activities = vec![
            activity("a1", "2026-09", false),
            activity("a2", "2027-07", false),
            activity("a3", "2027-08", false),
            activity("a4", "2026-12", true),
            activity("a5", "", false),
        ];
        ws
    }

    #[test]
    fn fixed_moments_come_back_every_year_with_a_uid_per_year() {
        let mut ws = workspace();
        ws.library.name = "Bibliotheek Rivierenland".into();
        ws.moments.push(crate::model::Moment {
            id: "monitor".into(),
            name: "Monitor afnemen".into(),
            month: 3,
            day: 15,
            ..Default::default()
        });
        ws.moments.push(crate::model::Moment {
            id: "subsidie".into(),
            name: "Subsidieaanvraag".into(),
            month: 10,
            ..Default::default()
        });
        let year = SchoolYear::of(date(2026, 8, 1));
        for (year, march) in [(year, date(2027, 3, 15)), (year.next(), date(2028, 3, 15))] {
            let calendar = year_calendar(&ws, year);
            let items: Vec<&CalendarItem> = calendar.iter().flat_map(|(_, i)| i).collect();
            let monitor = items
                .iter()
                .find(|i| i.place == Place::Moment("monitor".into()));
            let monitor = monitor.expect("in every year");
            assert_eq!(monitor.when, When::Day(march));
            assert_eq!(monitor.summary, "Bibliotheek Rivierenland: Monitor afnemen");
            assert_eq!(monitor.uid, format!("moment-monitor-{}", year.label()));
            let october = items
                .iter()
                .find(|i| i.place == Place::Moment("subsidie".into()));
            let october = october.expect("some time in October");
            assert!(matches!(october.when, When::Month(m) if m.month() == 10));
            assert!(!october.is_overdue(date(2031, 1, 1)), "a moment is no task");
        }
    }

    #[test]
    fn the_year_lists_every_dated_thing_in_its_month() {
        let calendar = year_calendar(&workspace(), SchoolYear::of(date(2026, 8, 1)));
        assert_eq!(calendar.len(), 12);
        let summaries = |n: usize| {
            calendar[n]
                .1
                .iter()
                .map(|i| i.summary.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(calendar[1].0, date(2026, 9, 1));
        assert_eq!(
            summaries(1),
            [
                "Obs De Linde: Activiteit a1",
                "Obs De Linde: stap 8 Contact leggen met instelling of school",
                "Obs De Linde: Startgesprek (bijlage 5), gehouden",
            ],
            "the month's activities first, then by day; not the archived school's"
        );
        assert_eq!(
            summaries(2),
            ["Bibliotheek: stap 3 Overleggen met gemeente"]
        );
        assert!(
            summaries(4).is_empty(),
            "the guide's untouched example is not the school's"
        );
        assert_eq!(
            summaries(6),
            [
                "Obs De Linde: Volgende evaluatie",
                "Obs De Linde: Evaluatie"
            ]
        );
        assert!(
            calendar[6].1.iter().all(|i| i.done),
            "planned for 1 February and held on the 2nd"
        );
        assert!(!calendar[10].1[0].done, "June's is still to come");
        assert_eq!(summaries(10), ["Obs De Linde: Volgende evaluatie"]);
        assert_eq!(summaries(11), ["Obs De Linde: Activiteit a2"]);
        let all: Vec<_> = calendar.iter().flat_map(|(_, items)| items).collect();
        let a2 = all.iter().find(|i| i.uid == "activiteit-a2").unwrap();
        assert!(a2.is_overdue(date(2027, 8, 1)));
        assert!(!a2.is_overdue(date(2027, 7, 31)), "not in its own month");
        let mut a1 = (*all.iter().find(|i| i.uid == "activiteit-a1").unwrap()).clone();
        assert!(a1.is_overdue(date(2026, 10, 1)));
        a1.done = true;
        assert!(!a1.is_overdue(date(2026, 10, 1)), "done is never overdue");
        assert_eq!(
            all.len(),
            8,
            "July 2026, August 2027 and no month are other years"
        );
        assert!(all.iter().any(|i| i.uid == "gesprek-g1" && i.done));
        assert_eq!(
            all.iter().find(|i| i.uid == "activiteit-a1").unwrap().place,
            Place::Activity {
                institution: "linde".into(),
                activity: "a1".into()
            }
        );
    }
}
