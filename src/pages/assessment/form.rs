//! The ten questions of "Zelf projecten beoordelen" as a form, with the result beside it.

use std::collections::BTreeSet;

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use reactive_stores::Field;

use crate::components::use_query_value;
use crate::components::{ConfirmButton, RecordsLoaded, TextArea, TextField};
use crate::content::{
    ASSESSMENT_QUESTIONS, CHARACTERISTICS, CHARACTERISTICS_NB, PARENT_GROUPS, catalogue_entry,
};
use crate::model::{
    Assessment, AssessmentField, InvalidInput, NO_EXAMPLE, Transfer, WorkspaceStoreFields, YesNo,
    assess,
};
use crate::routes::{Section, catalogue_entry_path, institution_path};
use crate::state::{AppState, use_app_state};

type Edit = fn(&mut Assessment, String) -> Result<(), InvalidInput>;
type Ages = (Option<u8>, Option<u8>);

/// The assessment named by `?id=`: its questions and result.
#[component]
pub fn AssessmentFormPage() -> impl IntoView {
    let state = use_app_state();
    let id = use_query_value("id");
    let assessments = state.workspace.assessments();
    let shown = Memo::new(move |_| {
        let id = id.get()?;
        assessments
            .with(|all| all.iter().any(|a| a.id == id))
            .then_some(id)
    });
    view! {
        <RecordsLoaded>
            {move || match shown.get() {
                Some(id) => Either::Left(view! { <AssessmentForm id/> }),
                None => Either::Right(view! {
                    <Title text="Beoordeling niet gevonden"/>
                    <article class="page">
                        <h1>"Beoordeling niet gevonden"</h1>
                        <p>"Deze beoordeling bestaat niet (meer) op dit apparaat."</p>
                        <p class="link-line"><a href=Section::Assessment.path()>"Naar Projectbeoordeling"</a></p>
                    </article>
                }),
            }}
        </RecordsLoaded>
    }
}

/// Reads a value of the assessment, or its default once it is gone.
fn read<T: Default + PartialEq + Send + Sync + 'static>(
    current: Field<Assessment>,
    get: fn(&Assessment) -> T,
) -> Signal<T> {
    Signal::derive(move || current.try_with(get).unwrap_or_default())
}

/// Applies an edit of one field to the assessment with `id`.
fn write(
    state: AppState,
    id: &str,
    field: AssessmentField,
    edit: Edit,
) -> Callback<String, Result<(), InvalidInput>> {
    let id = id.to_string();
    Callback::new(move |value| state.edit_assessment(&id, field, |a| edit(a, value)))
}

fn question(number: usize) -> String {
    let q = &ASSESSMENT_QUESTIONS[number - 1];
    format!(
        "{}. {}",
        q.number,
        q.text.lines().next().unwrap_or_default()
    )
}

#[component]
fn AssessmentForm(id: String) -> impl IntoView {
    let state = use_app_state();
    let current: Field<Assessment> = state.workspace.assessments().at_key(id.clone()).into();
    let name = read(current, |a| a.name.clone());
    let from = read(current, |a| a.catalogue_id.clone());
    let from_link = move || {
        from.get().and_then(|c| catalogue_entry(&c)).map(|entry| {
            view! {
                <p class="hint">
                    "Ingevuld met wat de gids zegt over "
                    <a href=catalogue_entry_path(entry.id)>{entry.name}</a>
                    ". Pas aan wat voor deze instelling anders is."
                </p>
            }
        })
    };
    let ages = read(current, |a| (a.age_from, a.age_to));
    let age_warning = read(current, Assessment::age_warning);
    let age_text = move |pick: fn(Ages) -> Option<u8>| {
        Signal::derive(move || pick(ages.get()).map(|n| n.to_string()).unwrap_or_default())
    };
    view! {
        <Title text=name/>
        <article class="page page--wide assessment-page">
            <p class="eyebrow"><a href=Section::Assessment.path()>"Projectbeoordeling"</a></p>
            <h1>{name}</h1>
            {from_link}
            <div class="panel-columns">
                <form class="assessment-form" on:submit=|ev| ev.prevent_default()>
                    <TextField label="Naam van het project" value=name on_value=write(state, &id, AssessmentField::Name, |a, v| { a.name = v; Ok(()) }) required=true/>
                    <InstitutionChoice id=id.clone() current/>
                    <YesNoQuestion id=id.clone() current number=1 field=AssessmentField::HomeReading get=|a| a.home_reading set=|a, v| a.home_reading = v/>
                    <YesNoQuestion id=id.clone() current number=2 field=AssessmentField::ViaInstitution get=|a| a.via_institution set=|a, v| a.via_institution = v/>
                    <fieldset class="question">
                        <legend>{question(3)}</legend>
                        <div class="inline-form">
                            <TextField label="Van (jaar)" value=age_text(|(f, _)| f) on_value=write(state, &id, AssessmentField::AgeFrom, |a, v| { a.age_from = parse_age(&v)?; Ok(()) })/>
                            <TextField label="Tot en met (jaar)" value=age_text(|(_, t)| t) on_value=write(state, &id, AssessmentField::AgeTo, |a, v| { a.age_to = parse_age(&v)?; Ok(()) })/>
                        </div>
                        <p class="field-error" role="status">{move || age_warning.get()}</p>
                    </fieldset>
                    <TextArea label=question(4) value=read(current, |a| a.target_group.clone()) on_value=write(state, &id, AssessmentField::TargetGroup, |a, v| { a.target_group = v; Ok(()) }) rows=2/>
                    <TextArea label=question(5) value=read(current, |a| a.goal.clone()) on_value=write(state, &id, AssessmentField::Goal, |a, v| { a.goal = v; Ok(()) })/>
                    <fieldset class="question">
                        <legend>{question(6)}</legend>
                        {Transfer::ALL
                            .into_iter()
                            .map(|t| view! { <Check id=id.clone() current field=AssessmentField::Transfers label=t.label().to_string() get=move |a| a.transfers.contains(&t) set=move |a, on| toggle(&mut a.transfers, t, on)/> })
                            .collect_view()}
                        <TextField label="Anders, namelijk" value=read(current, |a| a.transfer_other.clone()) on_value=write(state, &id, AssessmentField::TransferOther, |a, v| { a.transfer_other = v; Ok(()) })/>
                    </fieldset>
                    <fieldset class="question">
                        <legend>{question(7)}</legend>
                        {ASSESSMENT_QUESTIONS[6]
                            .text
                            .lines()
                            .skip(1)
                            .zip(CHARACTERISTICS.iter())
                            .map(|(line, c)| {
                                let marker = c.marker;
                                view! { <Check id=id.clone() current field=AssessmentField::Characteristics label=line.to_string() get=move |a| a.characteristics.contains(marker) set=move |a, on| toggle(&mut a.characteristics, marker.to_string(), on)/> }
                            })
                            .collect_view()}
                    </fieldset>
                    <fieldset class="question">
                        <legend>{question(8)}</legend>
                        {PARENT_GROUPS
                            .iter()
                            .map(|g| {
                                let n = g.number;
                                view! { <Check id=id.clone() current field=AssessmentField::ParentGroups label=format!("{}. {}", n, g.name) get=move |a| a.parent_groups.contains(&n) set=move |a, on| toggle(&mut a.parent_groups, n, on)/> }
                            })
                            .collect_view()}
                    </fieldset>
                    <YesNoQuestion id=id.clone() current number=9 field=AssessmentField::FitsGoals get=|a| a.fits_goals set=|a, v| a.fits_goals = v/>
                    <TextArea label="Toelichting bij vraag 9" value=read(current, |a| a.fits_note.clone()) on_value=write(state, &id, AssessmentField::FitsNote, |a, v| { a.fits_note = v; Ok(()) }) rows=2/>
                    <YesNoQuestion id=id.clone() current number=10 field=AssessmentField::HasCosts get=|a| a.has_costs set=|a, v| a.has_costs = v/>
                    <TextField label="Welke kosten?" value=read(current, |a| a.costs.clone()) on_value=write(state, &id, AssessmentField::Costs, |a, v| { a.costs = v; Ok(()) })/>
                    <TextArea label="Notities" value=read(current, |a| a.notes.clone()) on_value=write(state, &id, AssessmentField::Notes, |a, v| { a.notes = v; Ok(()) })/>
                </form>
                <Result current/>
            </div>
            <DeleteAssessment id/>
        </article>
    }
}

fn parse_age(value: &str) -> Result<Option<u8>, InvalidInput> {
    match value.trim() {
        "" => Ok(None),
        text => text
            .parse()
            .map(Some)
            .map_err(|_| InvalidInput("Vul een leeftijd in hele jaren in, bijvoorbeeld 4.".into())),
    }
}

fn toggle<T: Ord>(set: &mut BTreeSet<T>, value: T, on: bool) -> Result<(), InvalidInput> {
    if on {
        set.insert(value);
    } else {
        set.remove(&value);
    }
    Ok(())
}

/// A tick box bound to a part of the assessment.
#[component]
fn Check(
    id: String,
    current: Field<Assessment>,
    field: AssessmentField,
    label: String,
    get: impl Fn(&Assessment) -> bool + Send + Sync + 'static,
    set: impl Fn(&mut Assessment, bool) -> Result<(), InvalidInput> + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let checked = move || current.try_with(&get).unwrap_or_default();
    view! {
        <label class="check-item">
            <input
                type="checkbox"
                prop:checked=checked
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state.show_refusal(state.edit_assessment(&id, field, |a| set(a, on)));
                }
            />
            <span>{label}</span>
        </label>
    }
}

/// A yes/no question with "nog niet bekend" as a third answer.
#[component]
fn YesNoQuestion(
    id: String,
    current: Field<Assessment>,
    number: usize,
    field: AssessmentField,
    get: fn(&Assessment) -> YesNo,
    set: fn(&mut Assessment, YesNo),
) -> impl IntoView {
    let state = use_app_state();
    let answered = read(current, get);
    view! {
        <fieldset class="question yes-no">
            <legend>{question(number)}</legend>
            {YesNo::ALL
                .into_iter()
                .map(|answer| {
                    let id = id.clone();
                    view! {
                        <label class="checkbox">
                            <input
                                type="radio"
                                name=format!("vraag-{number}")
                                prop:checked=move || answered.get() == answer
                                on:change=move |_| {
                                    state.show_refusal(state.edit_assessment(&id, field, |a| {
                                        set(a, answer);
                                        Ok(())
                                    }));
                                }
                            />
                            {answer.label()}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// Which institution the project is considered for, and the way into its planning form.
#[component]
fn InstitutionChoice(id: String, current: Field<Assessment>) -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let linked = read(current, |a| a.institution_id.clone());
    let options = Memo::new(move |_| {
        state.workspace.institutions().with(|institutions| {
            let linked = linked.get();
            institutions
                .iter()
                .filter(|i| !i.archived || linked.as_deref() == Some(i.id.as_str()))
                .map(|i| {
                    let archived = if i.archived { " (gearchiveerd)" } else { "" };
                    (i.id.clone(), format!("{}{archived}", i.name))
                })
                .collect::<Vec<_>>()
        })
    });
    let message = RwSignal::new(None::<String>);
    let choose = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            state.show_refusal(
                state.edit_assessment(&id, AssessmentField::InstitutionId, |a| {
                    a.institution_id = (!value.is_empty()).then_some(value);
                    Ok(())
                }),
            );
        }
    };
    let plan = move |_| match state.plan_assessment(&id) {
        Ok(_) => {
            if let Some(institution) = linked.get_untracked() {
                navigate(
                    &institution_path(&institution, Some(11)),
                    Default::default(),
                );
            }
        }
        Err(e) => message.set(Some(e.0)),
    };
    view! {
        <div class="card card--inner">
            <label class="field">
                <span class="field__label">"Voor instelling"</span>
                <select on:change=choose>
                    <option value="" prop:selected=move || linked.with(Option::is_none)>"Geen (algemeen)"</option>
                    <For each=move || options.get() key=|option| option.clone() let:((value, name))>
                        <option
                            value=value.clone()
                            prop:selected=move || linked.with(|l| l.as_deref() == Some(value.as_str()))
                        >
                            {name}
                        </option>
                    </For>
                </select>
            </label>
            <button type="button" class="button button--secondary" disabled=move || linked.with(Option::is_none) on:click=plan>
                "Toevoegen aan het planningsformulier"
            </button>
            <p class="field-error" role="alert">{move || message.get()}</p>
        </div>
    }
}

/// What the answers add up to, in the guide's terms.
#[component]
fn Result(current: Field<Assessment>) -> impl IntoView {
    let result = Memo::new(move |_| current.try_with(assess));
    view! {
        <aside class="card result" aria-labelledby="uitkomst-kop">
            <h2 id="uitkomst-kop">"Uitkomst"</h2>
            {move || {
                result
                    .get()
                    .map(|r| {
                        let missing = r.missing.iter().map(|c| view! { <li><span class="marker">{c.marker} ". "</span>{c.text}</li> }).collect_view();
                        let in_guide = r.as_in_guide.is_some();
                        let groups = r.groups.iter().map(|g| {
                            let own = if g.judged_by_user { "Uw oordeel (vraag 8): geschikt." } else { "Uw oordeel (vraag 8): niet aangevinkt." };
                            view! {
                                <li class:promising=g.promising>
                                    <strong>{g.group.number} ". " {g.group.name}</strong>
                                    <span>{own}</span>
                                    <span class="hint">{g.evidence(in_guide)}</span>
                                </li>
                            }
                        }).collect_view();
                        let none = (!in_guide && r.groups.iter().all(|g| !g.promising)).then_some(NO_EXAMPLE);
                        let summary = r.summary();
                        view! {
                            <p class="result__count">{summary}</p>
                            {r.home_reading_warning.then(|| view! { <p class="banner banner--warning">{crate::model::HOME_READING_WARNING}</p> })}
                            <h3>"Ontbreekt"</h3>
                            <ul class="marker-list">{missing}</ul>
                            {r.missing.is_empty().then_some("Niets: alle zeven kenmerken zijn aangevinkt.")}
                            <h3>"Oudergroepen"</h3>
                            <ul class="group-advice">{groups}</ul>
                            <p>{none}</p>
                            <p class="hint">{CHARACTERISTICS_NB}</p>
                        }
                    })
            }}
        </aside>
    }
}

#[component]
fn DeleteAssessment(id: String) -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let delete = Callback::new(move |_| {
        state.delete_assessment(&id);
        navigate(Section::Assessment.path(), Default::default());
    });
    view! {
        <ConfirmButton
            label="Beoordeling verwijderen"
            question="Weet u zeker dat u deze beoordeling wilt verwijderen? Dit kan niet ongedaan worden gemaakt."
            confirm_label="Ja, verwijderen"
            on_confirm=delete
        />
    }
}
