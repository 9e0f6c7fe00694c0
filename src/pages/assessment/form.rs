//! The ten questions of "Zelf projecten beoordelen" as a form, with the result beside it.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::components::{
    ConfirmButton, TextArea, TextField, derived, dynamic, live, memo, set_title,
};
use crate::content::{
    ASSESSMENT_QUESTIONS, CHARACTERISTICS, CHARACTERISTICS_NB, PARENT_GROUPS, catalogue_entry,
};
use crate::model::{Assessment, InvalidInput, NO_EXAMPLE, Transfer, YesNo, assess};
use crate::routes::{Section, catalogue_entry_path, institution_path};
use crate::state::{AppState, use_app_state, use_navigator};

type Edit = fn(&mut Assessment, String) -> Result<(), InvalidInput>;
type Ages = (Option<u8>, Option<u8>);

#[component]
pub fn AssessmentFormPage(id: String) -> impl IntoView {
    let state = use_app_state();
    let exists = {
        let id = id.clone();
        memo(move || state.workspace.with(|w| w.assessment(&id).is_some()))
    };
    dynamic(move || {
        if exists.get() {
            view! { <AssessmentForm id=id.clone()/> }.into_any()
        } else {
            view! {
                <article class="page">
                    <h1>"Beoordeling niet gevonden"</h1>
                    <p>"Deze beoordeling bestaat niet (meer) op dit apparaat."</p>
                    <a href=Section::Assessment.path()>"Naar Projectbeoordeling"</a>
                </article>
            }
            .into_any()
        }
    })
}

/// Reads a value of the assessment, or its default once it is gone.
fn read<T: Default + PartialEq + Send + Sync + 'static>(
    state: AppState,
    id: &str,
    get: fn(&Assessment) -> T,
) -> Signal<T> {
    let id = id.to_string();
    memo(move || {
        state
            .workspace
            .with(|w| w.assessment(&id).map(get).unwrap_or_default())
    })
    .into()
}

/// Applies an edit to the assessment with `id`.
fn write(state: AppState, id: &str, edit: Edit) -> Callback<String, Result<(), InvalidInput>> {
    let id = id.to_string();
    Callback::new(move |value| state.update_assessment(&id, |a| edit(a, value)))
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
    let name = read(state, &id, |a| a.name.clone());
    set_title(&name.get_untracked());
    let from = read(state, &id, |a| a.catalogue_id.clone());
    let from_link = live(move || {
        from.get().and_then(|c| catalogue_entry(&c)).map(|entry| {
            view! {
                <p class="hint">
                    "Ingevuld met wat de gids zegt over "
                    <a href=catalogue_entry_path(entry.id)>{entry.name}</a>
                    ". Pas aan wat voor deze instelling anders is."
                </p>
            }
        })
    });
    let ages = read(state, &id, |a| (a.age_from, a.age_to));
    let age_warning = read(state, &id, Assessment::age_warning);
    let age_text = move |pick: fn(Ages) -> Option<u8>| {
        derived(move || pick(ages.get()).map(|n| n.to_string()).unwrap_or_default())
    };
    view! {
        <article class="page page--wide assessment-page">
            <p class="eyebrow"><a href=Section::Assessment.path()>"Projectbeoordeling"</a></p>
            <h1>{dynamic(move || name.get())}</h1>
            {from_link}
            <div class="panel-columns">
                <form class="assessment-form" on:submit=|ev| ev.prevent_default()>
                    <TextField label="Naam van het project" value=name on_value=write(state, &id, |a, v| { a.name = v; Ok(()) }) required=true/>
                    <InstitutionChoice id=id.clone()/>
                    <YesNoQuestion id=id.clone() number=1 get=|a| a.home_reading set=|a, v| a.home_reading = v/>
                    <YesNoQuestion id=id.clone() number=2 get=|a| a.via_institution set=|a, v| a.via_institution = v/>
                    <fieldset class="question">
                        <legend>{question(3)}</legend>
                        <div class="inline-form">
                            <TextField label="Van (jaar)" value=age_text(|(f, _)| f) on_value=write(state, &id, |a, v| { a.age_from = parse_age(&v)?; Ok(()) })/>
                            <TextField label="Tot en met (jaar)" value=age_text(|(_, t)| t) on_value=write(state, &id, |a, v| { a.age_to = parse_age(&v)?; Ok(()) })/>
                        </div>
                        <p class="field-error" role="status">{dynamic(move || age_warning.get())}</p>
                    </fieldset>
                    <TextArea label=question(4) value=read(state, &id, |a| a.target_group.clone()) on_value=write(state, &id, |a, v| { a.target_group = v; Ok(()) }) rows=2/>
                    <TextArea label=question(5) value=read(state, &id, |a| a.goal.clone()) on_value=write(state, &id, |a, v| { a.goal = v; Ok(()) })/>
                    <fieldset class="question">
                        <legend>{question(6)}</legend>
                        {Transfer::ALL
                            .into_iter()
                            .map(|t| view! { <Check id=id.clone() label=t.label().to_string() get=move |a| a.transfers.contains(&t) set=move |a, on| toggle(&mut a.transfers, t, on)/> })
                            .collect_view()}
                        <TextField label="Anders, namelijk" value=read(state, &id, |a| a.transfer_other.clone()) on_value=write(state, &id, |a, v| { a.transfer_other = v; Ok(()) })/>
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
                                view! { <Check id=id.clone() label=line.to_string() get=move |a| a.characteristics.contains(marker) set=move |a, on| toggle(&mut a.characteristics, marker.to_string(), on)/> }
                            })
                            .collect_view()}
                    </fieldset>
                    <fieldset class="question">
                        <legend>{question(8)}</legend>
                        {PARENT_GROUPS
                            .iter()
                            .map(|g| {
                                let n = g.number;
                                view! { <Check id=id.clone() label=format!("{}. {}", n, g.name) get=move |a| a.parent_groups.contains(&n) set=move |a, on| toggle(&mut a.parent_groups, n, on)/> }
                            })
                            .collect_view()}
                    </fieldset>
                    <YesNoQuestion id=id.clone() number=9 get=|a| a.fits_goals set=|a, v| a.fits_goals = v/>
                    <TextArea label="Toelichting bij vraag 9" value=read(state, &id, |a| a.fits_note.clone()) on_value=write(state, &id, |a, v| { a.fits_note = v; Ok(()) }) rows=2/>
                    <YesNoQuestion id=id.clone() number=10 get=|a| a.has_costs set=|a, v| a.has_costs = v/>
                    <TextField label="Welke kosten?" value=read(state, &id, |a| a.costs.clone()) on_value=write(state, &id, |a, v| { a.costs = v; Ok(()) })/>
                    <TextArea label="Notities" value=read(state, &id, |a| a.notes.clone()) on_value=write(state, &id, |a, v| { a.notes = v; Ok(()) })/>
                </form>
                <Result id=id.clone()/>
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
    label: String,
    get: impl Fn(&Assessment) -> bool + Send + Sync + 'static,
    set: impl Fn(&mut Assessment, bool) -> Result<(), InvalidInput> + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let checked = {
        let id = id.clone();
        live(move || {
            state
                .workspace
                .with(|w| w.assessment(&id).is_some_and(&get))
        })
    };
    view! {
        <label class="check-item">
            <input
                type="checkbox"
                prop:checked=checked
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state.tell(state.update_assessment(&id, |a| set(a, on)));
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
    number: usize,
    get: fn(&Assessment) -> YesNo,
    set: fn(&mut Assessment, YesNo),
) -> impl IntoView {
    let state = use_app_state();
    let current = read(state, &id, get);
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
                                prop:checked=live(move || current.get() == answer)
                                on:change=move |_| {
                                    state.tell(state.update_assessment(&id, |a| {
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
fn InstitutionChoice(id: String) -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let linked = read(state, &id, |a| a.institution_id.clone());
    let options = memo(move || {
        state.workspace.with(|w| {
            let linked = linked.get();
            w.institutions
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
            state.tell(state.update_assessment(&id, |a| {
                a.institution_id = (!value.is_empty()).then_some(value);
                Ok(())
            }));
        }
    };
    let plan = move |_| match state.plan_assessment(&id) {
        Ok(_) => {
            if let Some(institution) = linked.get_untracked() {
                navigator.go(&institution_path(&institution, Some(11)));
            }
        }
        Err(e) => message.set(Some(e.0)),
    };
    view! {
        <div class="card card--inner">
            <label class="field">
                <span class="field__label">"Voor instelling"</span>
                <select on:change=choose>
                    <option value="" prop:selected=live(move || linked.with(Option::is_none))>"Geen (algemeen)"</option>
                    {dynamic(move || {
                        options
                            .get()
                            .into_iter()
                            .map(|(value, name)| {
                                let selected = value.clone();
                                view! { <option value=value prop:selected=live(move || linked.with(|l| l.as_deref() == Some(selected.as_str())))>{name}</option> }
                            })
                            .collect_view()
                    })}
                </select>
            </label>
            <button type="button" class="button button--secondary" disabled=move || linked.with(Option::is_none) on:click=plan>
                "Toevoegen aan het planningsformulier"
            </button>
            <p class="field-error" role="alert">{dynamic(move || message.get())}</p>
        </div>
    }
}

/// What the answers add up to, in the guide's terms.
#[component]
fn Result(id: String) -> impl IntoView {
    let state = use_app_state();
    let result = memo(move || state.workspace.with(|w| w.assessment(&id).map(assess)));
    view! {
        <aside class="card result" aria-labelledby="uitkomst-kop">
            <h2 id="uitkomst-kop">"Uitkomst"</h2>
            {dynamic(move || {
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
            })}
        </aside>
    }
}

#[component]
fn DeleteAssessment(id: String) -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let delete = Callback::new(move |_| {
        state.tell(state.change(|w, now| {
            w.delete_assessment(&id, now);
            Ok(())
        }));
        navigator.go(Section::Assessment.path());
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
