//! The school year an institution's plan (step 11) and evaluations (step 12) are shown for:
//! the one the address asks for (`?jaar=`), else the one the institution is in. An earlier
//! year is kept as it was, and edited only when the user chooses *Toch bewerken*.

use leptos::prelude::*;

use crate::browser::clock::today;
use crate::components::use_query_value;
use crate::model::{Institution, SchoolYear, WorkspaceStoreFields};
use crate::routes::institution_year_path;
use crate::state::use_app_state;

/// The year shown and the year the institution is in, for one of its pages.
#[derive(Clone, Copy)]
pub struct PlanYear {
    pub shown: Memo<SchoolYear>,
    pub current: Memo<SchoolYear>,
    /// The year shown is before the one the institution is in.
    pub past: Memo<bool>,
    /// Past, and the user has not chosen to edit it.
    pub locked: Memo<bool>,
    /// The Dutch message when `?jaar=` names no school year.
    refused: Memo<Option<String>>,
    unlocked: RwSignal<Option<SchoolYear>>,
}

impl PlanYear {
    /// Lets the user edit the earlier year shown, or (with `false`) stop doing so.
    pub fn unlock(self, unlock: bool) {
        self.unlocked
            .set(unlock.then(|| self.shown.get_untracked()));
    }
}

pub fn use_plan_year(id: &str) -> PlanYear {
    let state = use_app_state();
    let asked = use_query_value("jaar");
    let made = today();
    let id = id.to_string();
    let refused = Memo::new(move |_| {
        let asked = asked.get()?;
        let refused = SchoolYear::parse(&asked).err()?;
        Some(format!(
            "{} Hieronder staat het jaar waarin de instelling nu werkt.",
            refused.0
        ))
    });
    let years = Memo::new(move |_| {
        let asked = asked.get();
        let years = |i: &Institution| (i.plan_year(asked.as_deref(), &made), i.current_year(&made));
        state
            .workspace
            .institutions()
            .with(|all| match all.iter().find(|i| i.id == id) {
                Some(institution) => years(institution),
                None => years(&Institution::default()),
            })
    });
    let shown = Memo::new(move |_| years.get().0);
    let current = Memo::new(move |_| years.get().1);
    let unlocked = RwSignal::new(None);
    let past = Memo::new(move |_| shown.get() < current.get());
    let locked = Memo::new(move |_| past.get() && unlocked.get() != Some(shown.get()));
    PlanYear {
        shown,
        current,
        past,
        locked,
        refused,
        unlocked,
    }
}

/// Links to the years that have something on this page, each saying whether it is closed.
#[component]
pub fn YearTabs(
    id: String,
    step: u8,
    /// The years with records on the page; the one shown and the current one are added.
    years: Memo<Vec<SchoolYear>>,
    plan: PlanYear,
) -> impl IntoView {
    let all = Memo::new(move |_| {
        let mut all = years.get();
        all.extend([plan.shown.get(), plan.current.get()]);
        all.sort();
        all.dedup();
        all
    });
    view! {
        {move || plan.refused.get().map(|refused| view! { <p class="import-refused" role="alert">{refused}</p> })}
        <nav class="year-tabs" aria-label="Schooljaren">
            <For each=move || all.get() key=|year| *year let:year>
                <a
                    class="year-tab"
                    href=institution_year_path(&id, step, &year.label())
                    aria-current=move || (plan.shown.get() == year).then_some("page")
                >
                    {year.label()}
                    <span class="year-tab__state">
                        {move || match year.cmp(&plan.current.get()) {
                            std::cmp::Ordering::Less => "afgesloten",
                            std::cmp::Ordering::Equal => "huidig plan",
                            std::cmp::Ordering::Greater => "volgend",
                        }}
                    </span>
                </a>
            </For>
        </nav>
    }
}

/// Over an earlier year: that it is closed, with *Toch bewerken*, or that it is being edited.
#[component]
pub fn ClosedYear(plan: PlanYear, what: &'static str) -> impl IntoView {
    move || {
        plan.past.get().then(|| {
            let (year, now) = (plan.shown.get().label(), plan.current.get().label());
            let locked = plan.locked.get();
            let text = if locked {
                format!("Schooljaar {year} is afgesloten: {what} blijft zoals het was. Het huidige plan is dat van {now}.")
            } else {
                format!("U bewerkt {what} van het afgesloten schooljaar {year}.")
            };
            let (label, unlock) = if locked {
                ("Toch bewerken", true)
            } else {
                ("Klaar met bewerken", false)
            };
            view! {
                <div class="closed-year" role="note">
                    <p>{text}</p>
                    <button type="button" class="button button--secondary" on:click=move |_| plan.unlock(unlock)>
                        {label}
                    </button>
                </div>
            }
        })
    }
}
