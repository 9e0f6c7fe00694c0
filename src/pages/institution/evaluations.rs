//! Step 12: the year's evaluation moments (tussentijds, eind), each saying of every activity
//! of that year's plan whether it was done.

use leptos::prelude::*;
use reactive_stores::Field;

use super::text;
use super::year::{ClosedYear, PlanYear, YearTabs, use_plan_year};
use crate::browser::clock::{new_id, today};
use crate::components::{ConfirmButton, OnValue, SelectField, TextArea, TextField};
use crate::model::{
    ActivityResult, Evaluation, EvaluationKind, Institution, InstitutionField,
    InstitutionStoreFields, Outcome, SchoolYear, WorkspaceStoreFields, date_text, in_month_order,
};
use crate::routes::plan_path;
use crate::state::use_app_state;

/// Step 12's evaluation moments (the guide: twice a year with leescoördinator and director).
#[component]
pub fn EvaluationsPanel(id: String, current: Field<Institution>) -> impl IntoView {
    let state = use_app_state();
    let plan = use_plan_year(&id);
    let PlanYear { shown, locked, .. } = plan;
    let made = today();
    // (id, year) of every evaluation: an undated one is in the year the institution is in.
    let dated = Memo::new(move |_| {
        current
            .try_with(|i| {
                i.evaluations
                    .iter()
                    .map(|e| (e.id.clone(), e.year(i, &made)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let years = Memo::new(move |_| dated.with(|d| d.iter().map(|(_, y)| *y).collect()));
    let ids = Memo::new(move |_| {
        let year = shown.get();
        dated.with(|d| {
            d.iter()
                .filter(|(_, y)| *y == year)
                .map(|(id, _)| id.clone())
                .collect::<Vec<_>>()
        })
    });
    let add_id = id.clone();
    let add = move |_| {
        let day = today();
        let year = shown.get_untracked();
        // A moment added to another year than this one is dated in it, so that it stays there.
        let date = match crate::model::parse_date(&day) {
            Some(d) if year.contains(d) => day.clone(),
            _ if year == plan.current.get_untracked() => String::new(),
            _ => year
                .months()
                .get(10)
                .map(|june| date_text(*june))
                .unwrap_or_default(),
        };
        let evaluation = Evaluation {
            id: new_id("evaluatie"),
            kind: EvaluationKind::likely_on(if date.is_empty() { &day } else { &date }),
            date,
            ..Default::default()
        };
        state.show_refusal(
            state.edit_institution(&add_id, InstitutionField::Evaluations, |i| {
                i.evaluations.push(evaluation);
                Ok(())
            }),
        );
    };
    let plan_id = id.clone();
    view! {
        <section class="card" aria-labelledby="evaluaties-kop">
            <h2 id="evaluaties-kop">"Evaluatiemomenten " {move || shown.get().label()}</h2>
            <YearTabs id=id.clone() step=12 years plan/>
            <ClosedYear plan what="de evaluatie"/>
            <p class="hint">
                "Twee maal per jaar overlegt de onderwijsspecialist met de leescoördinator en de directeur/manager over het verloop van de activiteiten: tussentijds en aan het eind van het schooljaar. Zeg bij elke activiteit van het plan of die gedaan is."
            </p>
            <fieldset class="evaluations-set" prop:disabled=move || locked.get()>
                <legend class="visually-hidden">{move || format!("Evaluaties van {}", shown.get().label())}</legend>
                <Show when=move || ids.with(Vec::is_empty)>
                    <p class="hint">{move || format!("Nog geen evaluatiemoment in {}.", shown.get().label())}</p>
                </Show>
                <ol class="evaluation-list">
                    <For each=move || ids.get() key=|evaluation| evaluation.clone() let:evaluation>
                        <EvaluationRow institution=id.clone() evaluation current year=shown/>
                    </For>
                </ol>
            </fieldset>
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=add hidden=move || locked.get()>
                    "Evaluatiemoment toevoegen"
                </button>
                <a class="button button--secondary" href=move || plan_path(&plan_id, &shown.get().label())>
                    {move || format!("Naar het plan van {}", shown.get().label())}
                </a>
            </div>
        </section>
    }
}

#[component]
fn EvaluationRow(
    institution: String,
    evaluation: String,
    current: Field<Institution>,
    year: Memo<SchoolYear>,
) -> impl IntoView {
    let state = use_app_state();
    let field = {
        let evaluation = evaluation.clone();
        move |get: fn(&Evaluation) -> String| {
            let evaluation = evaluation.clone();
            text(move || {
                current
                    .evaluations()
                    .try_with(|all| all.iter().find(|e| e.id == evaluation).map(get))
                    .flatten()
            })
        }
    };
    let edit = {
        let (institution, evaluation) = (institution.clone(), evaluation.clone());
        move |set: fn(&mut Evaluation, String)| -> OnValue {
            let (institution, evaluation) = (institution.clone(), evaluation.clone());
            Callback::new(move |value: String| {
                state.edit_institution(&institution, InstitutionField::Evaluations, |i| {
                    if let Some(e) = i.evaluations.iter_mut().find(|e| e.id == evaluation) {
                        set(e, value);
                    }
                    Ok(())
                })
            })
        }
    };
    let kinds = EvaluationKind::ALL
        .iter()
        .map(|k| (k.token(), k.label()))
        .collect::<Vec<_>>();
    let lookup = institution.clone();
    // The activities of the year's plan, in month order: (id, what, month).
    let activities = Memo::new(move |_| {
        let year = year.get();
        state.workspace.activities().with(|all| {
            in_month_order(all.iter().filter(|a| {
                a.institution_id == lookup && a.year() == Some(year) && !a.is_untouched_example()
            }))
            .into_iter()
            .map(|a| {
                let what = match a.activity.trim() {
                    "" => "Activiteit zonder naam".to_string(),
                    what => what.to_string(),
                };
                (a.id.clone(), what, crate::model::format_month(&a.month))
            })
            .collect::<Vec<_>>()
        })
    });
    let remove = {
        let (institution, evaluation) = (institution.clone(), evaluation.clone());
        Callback::new(move |_| {
            state.show_refusal(state.edit_institution(
                &institution,
                InstitutionField::Evaluations,
                |i| {
                    i.evaluations.retain(|e| e.id != evaluation);
                    Ok(())
                },
            ));
        })
    };
    view! {
        <li class="card card--inner">
            <div class="form-grid">
                <SelectField
                    label="Soort"
                    options=kinds
                    value=field(|e| e.kind.token().to_string())
                    on_value=edit(|e, v| e.kind = EvaluationKind::from_token(&v).unwrap_or_default())
                />
                <TextField label="Datum" kind="date" value=field(|e| e.date.clone()) on_value=edit(|e, v| e.date = v)/>
                <TextField
                    label="Volgende evaluatie"
                    kind="date"
                    value=field(|e| e.next_date.clone())
                    on_value=edit(|e, v| e.next_date = v)
                />
            </div>
            <TextArea label="Wat ging goed" value=field(|e| e.went_well.clone()) on_value=edit(|e, v| e.went_well = v) rows=3/>
            <TextArea label="Wat verandert er" value=field(|e| e.changes.clone()) on_value=edit(|e, v| e.changes = v) rows=3/>
            <h3 class="results__title">"Resultaat per activiteit"</h3>
            <Show when=move || activities.with(Vec::is_empty)>
                <p class="hint">"Het plan van dit schooljaar heeft nog geen activiteiten."</p>
            </Show>
            <ul class="results">
                <For each=move || activities.get() key=|row| row.clone() let:row>
                    <ResultRow institution=institution.clone() evaluation=evaluation.clone() activity=row current/>
                </For>
            </ul>
            <ConfirmButton
                label="Evaluatiemoment verwijderen"
                question="Dit evaluatiemoment verwijderen?"
                confirm_label="Ja, verwijderen"
                on_confirm=remove
            />
        </li>
    }
}

/// What one evaluation says of one activity: gedaan, deels or niet, with a note.
#[component]
fn ResultRow(
    institution: String,
    evaluation: String,
    /// (id, what, month) of the activity.
    activity: (String, String, String),
    current: Field<Institution>,
) -> impl IntoView {
    let state = use_app_state();
    let (activity_id, what, month) = activity;
    let result = {
        let (evaluation, activity_id) = (evaluation.clone(), activity_id.clone());
        Memo::new(move |_| {
            current
                .evaluations()
                .try_with(|all| {
                    all.iter()
                        .find(|e| e.id == evaluation)
                        .and_then(|e| e.results.get(&activity_id).cloned())
                })
                .flatten()
                .unwrap_or_default()
        })
    };
    let ids = StoredValue::new((institution, evaluation, activity_id));
    let save = move |next: ActivityResult| {
        ids.with_value(|(institution, evaluation, activity)| {
            state.edit_institution(institution, InstitutionField::Evaluations, |i| {
                if let Some(e) = i.evaluations.iter_mut().find(|e| e.id == *evaluation) {
                    e.set_result(activity, next);
                }
                Ok(())
            })
        })
    };
    let set_outcome = Callback::new(move |token: String| {
        let mut next = result.get_untracked();
        next.outcome = Outcome::from_token(&token).unwrap_or_default();
        save(next)
    });
    let set_note = Callback::new(move |note: String| {
        let mut next = result.get_untracked();
        next.note = note;
        save(next)
    });
    let outcomes = Outcome::ALL
        .iter()
        .map(|o| (o.token(), o.label()))
        .collect::<Vec<_>>();
    let title = match month.as_str() {
        "" => what,
        month => format!("{what} ({month})"),
    };
    view! {
        <li class="results__row">
            <p class="results__what">{title}</p>
            <div class="form-grid">
                <SelectField
                    label="Resultaat"
                    options=outcomes
                    value=Signal::derive(move || result.with(|r| r.outcome.token().to_string()))
                    on_value=set_outcome
                />
                <TextField
                    label="Toelichting"
                    value=Signal::derive(move || result.with(|r| r.note.clone()))
                    on_value=set_note
                />
            </div>
        </li>
    }
}
