//! Step 11: the institution's planning form (Bijlagen 6 and 7), one card per activity.

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_location, use_navigate};
use reactive_stores::Field;
use wasm_bindgen::JsCast;

use super::text;
use super::year::{ClosedYear, PlanYear, YearTabs, use_plan_year};
use crate::browser::clipboard::copy_text;
use crate::browser::clock::today;
use crate::browser::download::download;
use crate::components::{ConfirmButton, OnValue, TextField, WordButton, neighbour_of, refocus};
use crate::content::{PLANNING_COLUMNS, PLANNING_TITLE};
use crate::model::{
    Activity, ActivityField, ActivityStoreFields, Institution, Outcome, SchoolYear,
    WorkspaceStoreFields, example_evaluation, format_date, in_month_order, latest_result,
    may_start_after, month_ends, outcome_of,
};
use crate::pages::planning_print::columns;
use crate::routes::{
    activity_anchor, conversation_path, linked_anchor, plan_path, planning_print_path,
};
use crate::state::{AppState, use_app_state};

/// A planning row in the store. Read with `try_`: it may be deleted while on screen.
type Row = Field<Activity>;

/// What the form last did that the user may want to act on.
#[derive(Clone)]
enum Notice {
    /// An activity was deleted from its place; it can be put back.
    Removed(usize, Box<Activity>),
    Copied,
    /// Copying was not possible: the table to copy by hand.
    CopyByHand(String),
    /// The `.csv` file was offered, or the browser refused (the Dutch reason).
    Downloaded(Result<(), String>),
    /// A sentence to show, as it is.
    Said(String),
}

type Notices = RwSignal<Option<Notice>>;

/// The guide's column `n` (0–6) of a row, to edit, with the field it is.
fn column_mut(a: &mut Activity, n: usize) -> (&mut String, ActivityField) {
    match n {
        0 => (&mut a.activity, ActivityField::Activity),
        1 => (&mut a.goal, ActivityField::Goal),
        2 => (&mut a.action_points, ActivityField::ActionPoints),
        3 => (&mut a.planning, ActivityField::Planning),
        4 => (&mut a.who, ActivityField::Who),
        5 => (&mut a.organisation, ActivityField::Organisation),
        _ => (&mut a.evaluation, ActivityField::Evaluation),
    }
}

#[component]
pub fn PlanningPanel(id: String) -> impl IntoView {
    let state = use_app_state();
    let plan = use_plan_year(&id);
    let PlanYear {
        shown,
        current,
        locked,
        ..
    } = plan;
    let lookup = id.clone();
    // The years this plan has rows in.
    let plan_years = Memo::new(move |_| {
        state.workspace.activities().with(|all| {
            all.iter()
                .filter(|a| a.institution_id == lookup)
                .filter_map(Activity::year)
                .collect::<Vec<_>>()
        })
    });
    let lookup = id.clone();
    // The shown year's rows in month order, each with whether it is first and last of its
    // month; each card reads its own row. Typing in a card changes neither, so no card is
    // redrawn.
    let rows = Memo::new(move |_| {
        let year = shown.get();
        state.workspace.activities().with(|all| {
            let rows = in_month_order(
                all.iter()
                    .filter(|a| a.institution_id == lookup && a.year() == Some(year)),
            );
            let ends = month_ends(&rows);
            rows.iter()
                .map(|a| a.id.clone())
                .zip(ends)
                .collect::<Vec<_>>()
        })
    });
    let ids =
        Memo::new(move |_| rows.with(|r| r.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>()));
    let notice: Notices = RwSignal::new(None);
    // Drawn again only when the form becomes empty or not: the button that asks keeps the
    // focus it gets back after adding the example.
    let empty = Memo::new(move |_| ids.with(Vec::is_empty));

    let institution = id.clone();
    // A double tap adds one card, not two.
    let last_add = StoredValue::new((f64::NEG_INFINITY, None::<String>));
    let add = move |ev: web_sys::MouseEvent| {
        // The event's own time: it runs on even where the page's clock is held still.
        let now = ev.time_stamp();
        let (at, added) = last_add.get_value();
        if now - at < DOUBLE_TAP_MS {
            // The second tap focused the button; the cursor goes back to the new card.
            if let Some(id) = added {
                focus_row(&id);
            }
            return;
        }
        let button_top = top_of(ADD_BUTTON);
        match state.add_activity(&institution, shown.get_untracked()) {
            Ok(id) => {
                last_add.set_value((now, Some(id.clone())));
                keep_in_place_and_focus(id, button_top);
            }
            Err(refused) => {
                last_add.set_value((now, None));
                state.show_refusal(Err::<(), _>(refused));
            }
        }
    };
    let institution = id.clone();
    let insert_example = Callback::new(move |()| {
        state.show_refusal(state.add_planning_examples(&institution, shown.get_untracked()));
    });
    let institution = id.clone();
    let copy = move |_| {
        let table = state
            .planning_table(&institution, shown.get_untracked())
            .1
            .tsv();
        notice.set(None);
        spawn_local(async move {
            let copied = copy_text(&table).await;
            notice.try_set(Some(match copied {
                Ok(()) => Notice::Copied,
                Err(_) => Notice::CopyByHand(table),
            }));
        });
    };
    let institution = id.clone();
    let download_csv = move |_| {
        let (name, table) = state.planning_table(&institution, shown.get_untracked());
        notice.set(Some(Notice::Downloaded(download(
            &name,
            &table.csv(),
            "text/csv;charset=utf-8",
        ))));
    };
    let institution = id.clone();
    let word = move |()| state.planning_document(&institution, shown.get_untracked());
    let undo = move |_| {
        if let Some(Notice::Removed(index, activity)) = notice.get_untracked() {
            state.restore_activity(index, *activity);
            notice.set(None);
        }
    };
    let institution = id.clone();
    let navigate = use_navigate();
    let start_year = Callback::new(move |()| {
        let from = shown.get_untracked();
        match state.start_new_year(&institution, from) {
            Ok(started) => {
                let next = from.next().label();
                notice.set(Some(Notice::Said(new_year_said(
                    started.activities,
                    from,
                    &next,
                ))));
                let options = leptos_router::NavigateOptions {
                    scroll: false,
                    ..Default::default()
                };
                navigate(&plan_path(&institution, &next), options);
                // The new plan from its top, where the word of what happened stands.
                request_animation_frame(|| {
                    if let Some(heading) = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id("planning-kop"))
                    {
                        heading.scroll_into_view();
                    }
                });
            }
            Err(refused) => state.show_refusal(Err::<(), _>(refused)),
        }
    });
    let print_id = id.clone();
    view! {
        <section class="card planning" aria-labelledby="planning-kop">
            <h2 id="planning-kop">{PLANNING_TITLE} " " {move || shown.get().label()}</h2>
            <YearTabs id=id.clone() step=11 years=plan_years plan/>
            <ClosedYear plan what="het plan"/>
            <p class="hint">
                "Eén kaart per activiteit, met de zeven kolommen van het planningsformulier (bijlage 7), in de volgorde van de maanden; zonder maand staat een activiteit onderaan. "
                "Neem het formulier op in het (voor)leesplan; met een maand erbij staat de activiteit in het Overzicht."
            </p>
            <div class="button-row planning__actions">
                <Show when=move || !locked.get()>
                    {move || {
                        if empty.get() {
                            Either::Left(view! {
                                <button type="button" class="button button--secondary" on:click=move |_| insert_example.run(())>
                                    "Voorbeeld uit bijlage 6 invoegen"
                                </button>
                            })
                        } else {
                            Either::Right(view! {
                                <ConfirmButton
                                    label="Voorbeeld uit bijlage 6 invoegen"
                                    question="Het formulier heeft al activiteiten. De vier voorbeeldactiviteiten uit bijlage 6 eronder toevoegen?"
                                    confirm_label="Ja, voorbeeld invoegen"
                                    on_confirm=insert_example
                                    danger=false
                                />
                            })
                        }
                    }}
                </Show>
                <a class="button button--secondary" href=move || planning_print_path(&print_id, &shown.get().label())>"Afdrukken"</a>
                <button type="button" class="button button--secondary" on:click=copy>"Kopiëren voor een spreadsheet"</button>
                <button type="button" class="button button--secondary" on:click=download_csv>"Downloaden als CSV"</button>
                <WordButton file=word/>
            </div>
            <div role="status">
                {move || {
                    notice.with(|n| {
                        n.as_ref().map(|n| {
                            let (text, csv) = match n {
                                Notice::Removed(..) => ("Activiteit verwijderd.".to_string(), None),
                                Notice::Copied => (
                                    "Het planningsformulier is gekopieerd. Plak het in een spreadsheet: elke kolom komt in een eigen kolom.".to_string(),
                                    None,
                                ),
                                Notice::CopyByHand(csv) => (
                                    "Kopiëren lukte niet automatisch. Selecteer de tekst hieronder en kopieer die zelf.".to_string(),
                                    Some(csv.clone()),
                                ),
                                Notice::Downloaded(Ok(())) => (
                                    "Het CSV-bestand is gedownload; Excel opent het met de kolommen van het formulier.".to_string(),
                                    None,
                                ),
                                Notice::Downloaded(Err(reason)) => (reason.clone(), None),
                                Notice::Said(text) => (text.clone(), None),
                            };
                            let removed = matches!(n, Notice::Removed(..));
                            view! {
                                <div class="planning__notice">
                                    <p>{text}</p>
                                    {removed.then(|| view! {
                                        <button type="button" class="button button--secondary" on:click=undo>"Ongedaan maken"</button>
                                    })}
                                    {csv.map(|csv| view! {
                                        <label class="field">
                                            <span class="field__label">"Planningsformulier, met tabs tussen de kolommen"</span>
                                            <textarea readonly rows=6 prop:value=csv></textarea>
                                        </label>
                                    })}
                                </div>
                            }
                        })
                    })
                }}
            </div>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="hint">
                    {move || format!("Nog geen activiteiten in {}. ", shown.get().label())}
                    "Voeg er een toe, neem het voorbeeld uit bijlage 6 over, of zet de afspraken uit een gesprek hierin met ‘Invullen in planningsformulier’."
                </p>
            </Show>
            // A closed year's cards open to be read; their fields and buttons are off.
            <fieldset class="planning__rows-set" prop:disabled=move || locked.get()>
                <legend class="visually-hidden">{move || format!("Activiteiten van {}", shown.get().label())}</legend>
                <ol class="planning__rows">
                    <For each=move || ids.get() key=|activity| activity.clone() let:activity>
                        <ActivityRow activity rows notice/>
                    </For>
                </ol>
            </fieldset>
            <button type="button" class="button" id=ADD_BUTTON on:click=add hidden=move || locked.get()>
                "Activiteit toevoegen"
            </button>
            // From April on, the year's plan can be carried into the next one.
            <Show when=move || shown.get() == current.get() && may_start_after(shown.get(), &today()).is_ok()>
                <div class="planning__year-end">
                    <h3>"Aan het eind van het schooljaar"</h3>
                    <p class="hint">
                        {move || {
                            let (year, next) = (shown.get().label(), shown.get().next().label());
                            format!("Start {next} als het plan voor volgend jaar klaar moet: het plan van {year} blijft bewaard zoals het is.")
                        }}
                    </p>
                    <ConfirmButton
                        label=Signal::derive(move || format!("Nieuw schooljaar starten: {}", shown.get().next().label()))
                        question=Signal::derive(move || {
                            let (year, next) = (shown.get().label(), shown.get().next().label());
                            format!("Het plan van {year} blijft bewaard en wordt alleen nog gelezen. De activiteiten gaan mee naar {next}, zonder resultaten, gedaan-vinkjes en evaluaties; de afspraken van stap 10 gaan mee om met de school opnieuw te bekijken. De stappen blijven zoals ze zijn. Nieuw schooljaar starten?")
                        })
                        confirm_label="Ja, nieuw schooljaar starten"
                        on_confirm=start_year
                        danger=false
                    />
                </div>
            </Show>
        </section>
    }
}

/// What *Nieuw schooljaar starten* did, in words.
fn new_year_said(copied: usize, from: SchoolYear, next: &str) -> String {
    let rows = match copied {
        0 => "zonder activiteiten (er waren geen nieuwe om over te nemen)".to_string(),
        1 => format!("met 1 activiteit uit {}", from.label()),
        n => format!("met {n} activiteiten uit {}", from.label()),
    };
    format!(
        "Schooljaar {next} is gestart, {rows}. Bekijk het plan met de school: de maanden zijn een jaar verschoven."
    )
}

/// Taps on "Activiteit toevoegen" closer together than this are one tap.
const DOUBLE_TAP_MS: f64 = 600.0;

/// The id of the button that adds a card, under the list.
const ADD_BUTTON: &str = "activiteit-toevoegen";

/// Where the element's top is in the window, if it is there.
fn top_of(id: &str) -> Option<f64> {
    let document = web_sys::window()?.document()?;
    Some(
        document
            .get_element_by_id(id)?
            .get_bounding_client_rect()
            .top(),
    )
}

/// Once the new card is drawn above the button, scrolls so that the button stays where the
/// finger is (a second tap of a double tap lands on it again, not on the new card that took
/// its place) and puts the cursor in the card's first field. It runs as a task right after
/// Leptos's own, which draw the card, and before the next tap can be hit-tested; a card not
/// drawn by then gets the cursor at the next frame.
fn keep_in_place_and_focus(activity: String, button_top: Option<f64>) {
    wasm_bindgen_futures::spawn_local(async move {
        if let (Some(window), Some(before), Some(after)) =
            (web_sys::window(), button_top, top_of(ADD_BUTTON))
        {
            window.scroll_by_with_x_and_y(0.0, after - before);
        }
        if !focus_row(&activity) {
            request_animation_frame(move || {
                focus_row(&activity);
            });
        }
    });
}

/// Puts the cursor in the card's first field, scrolling to the card if it is out of view;
/// `false` while the card is not drawn.
fn focus_row(activity: &str) -> bool {
    let Some(card) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&activity_anchor(activity)))
    else {
        return false;
    };
    if card.get_bounding_client_rect().top() < 0.0 {
        card.scroll_into_view();
    }
    if let Ok(Some(field)) = card.query_selector("textarea")
        && let Ok(field) = field.dyn_into::<web_sys::HtmlElement>()
    {
        field.focus().ok();
    }
    true
}

/// A moved card is taken out and put back, which drops the focus: it goes back to the
/// button pressed, or to the other one when the card reached the end of its month.
fn keep_focus_after_move(activity: &str, up: bool) {
    let card = activity_anchor(activity);
    refocus(move || {
        let Some(card) = document().get_element_by_id(&card) else {
            return Vec::new();
        };
        let (pressed, other) = if up { (1, 2) } else { (2, 1) };
        [pressed, other]
            .into_iter()
            .filter_map(|n| {
                card.query_selector(&format!(
                    ".button-row > button:nth-child({n}):not([disabled])"
                ))
                .ok()
                .flatten()
                .and_then(|b| b.dyn_into().ok())
            })
            .collect()
    });
}

/// One activity as a card that opens: the seven columns, month, done, order and delete.
#[component]
fn ActivityRow(
    activity: String,
    rows: Memo<Vec<(String, (bool, bool))>>,
    notice: Notices,
) -> impl IntoView {
    let state = use_app_state();
    let row: Row = state.workspace.activities().at_key(activity.clone()).into();
    let conversations = state.workspace.conversations();
    // The conversation the row came from: (link, date).
    let source = move || {
        let conversation = row.conversation_id().try_get().flatten()?;
        let date = conversations.with(|all| {
            all.iter()
                .find(|c| c.id == conversation)
                .map(|c| format_date(&c.date))
        })?;
        Some((conversation_path(&conversation), date))
    };
    let title = move || match row.activity().try_get() {
        Some(text) if !text.trim().is_empty() => text.trim().to_string(),
        _ => "Nieuwe activiteit".to_string(),
    };
    // Omhoog and Omlaag order the rows of one month; the months order the rest.
    let this = activity.clone();
    let ends = Memo::new(move |_| {
        rows.with(|r| {
            r.iter()
                .find(|(id, _)| *id == this)
                .map_or((true, true), |(_, e)| *e)
        })
    });
    let first = move || ends.get().0;
    let last = move || ends.get().1;
    let (up, down, gone, done) = (
        activity.clone(),
        activity.clone(),
        activity.clone(),
        activity.clone(),
    );
    // Closed, a card is one line (title, month, who, done); a new card opens for typing,
    // and the card a link leads to (from the Overzicht or the Jaarplanning) opens in view.
    let linked = use_location()
        .hash
        .with_untracked(|hash| linked_anchor(hash) == activity_anchor(&activity));
    let open = linked
        || row
            .activity()
            .try_with_untracked(|a| a.trim().is_empty())
            .unwrap_or(true);
    if linked {
        let id = activity_anchor(&activity);
        request_animation_frame(move || {
            if let Some(card) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&id))
            {
                card.scroll_into_view();
            }
        });
    }
    // The row's institution, for what its evaluations say of the row: read in place, not
    // cloned, since the closed card's line is read again on every keystroke in the card.
    let institution_id = row.institution_id().try_get_untracked().unwrap_or_default();
    let institution: Field<Institution> =
        state.workspace.institutions().at_key(institution_id).into();
    let facts = move || {
        row.try_with(|a| {
            let outcome = institution
                .try_with(|i| outcome_of(i, a))
                .unwrap_or(Outcome::Open);
            card_facts(a, outcome)
        })
    };
    // What the year's evaluations said of it (step 12), to read beside the plan.
    let judged = move || {
        row.try_with(|a| {
            institution.try_with(|i| {
                let (result, kind) = latest_result(i, a)?;
                let note = match result.note.trim() {
                    "" => String::new(),
                    note => format!(" — {note}"),
                };
                Some(format!(
                    "{}: {}{note}",
                    kind.label(),
                    result.outcome.label().to_lowercase()
                ))
            })
        })
        .flatten()
        .flatten()
    };
    view! {
        <li class="card card--inner planning-row" id=activity_anchor(&activity)>
            <details class="planning-row__details" open=open>
            <summary class="planning-row__summary">
                <h3 class="planning-row__title">{title}</h3>
                <span class="planning-row__facts">{facts}</span>
                {move || judged().map(|text| view! { <span class="planning-row__result">{text}</span> })}
            </summary>
            {move || {
                source().map(|(href, date)| {
                    let text = match date.as_str() {
                        "" => "Uit een gesprek".to_string(),
                        date => format!("Uit gesprek van {date}"),
                    };
                    view! { <p class="planning-row__source"><a href=href>{text}</a></p> }
                })
            }}
            <div class="planning-row__fields">
                {PLANNING_COLUMNS
                    .iter()
                    .enumerate()
                    .map(|(n, column)| {
                        view! {
                            <ColumnText
                                label=column.title
                                prompt=column.prompt
                                value=read(row, n)
                                on_value=edit(state, &activity, n)
                            />
                        }
                    })
                    .collect_view()}
                {move || row.try_with(example_evaluation).flatten().map(|text| view! {
                    <p class="hint planning-row__example">
                        <strong>"Voorbeeld uit bijlage 6 (de evaluatie in de gids, niet van deze school): "</strong>
                        {text}
                    </p>
                })}
                <div class="planning-row__meta">
                    <TextField
                        label="Maand"
                        kind="month"
                        value=read(row, MONTH)
                        on_value=edit(state, &activity, MONTH)
                    />
                    <label class="checkbox">
                        <input
                            type="checkbox"
                            prop:checked=move || row.done().try_get().unwrap_or_default()
                            on:change=move |ev| {
                                let checked = event_target_checked(&ev);
                                state.show_refusal(state.edit_activity(&done, ActivityField::Done, |a| {
                                    a.done = checked;
                                    Ok(())
                                }));
                            }
                        />
                        "Gedaan"
                    </label>
                </div>
            </div>
            <div class="button-row">
                <button
                    type="button"
                    class="button button--secondary"
                    prop:disabled=first
                    on:click=move |_| {
                        state.move_activity(&up, true);
                        keep_focus_after_move(&up, true);
                    }
                >
                    "Omhoog"
                </button>
                <button
                    type="button"
                    class="button button--secondary"
                    prop:disabled=last
                    on:click=move |_| {
                        state.move_activity(&down, false);
                        keep_focus_after_move(&down, false);
                    }
                >
                    "Omlaag"
                </button>
                <button
                    type="button"
                    class="button button--secondary planning-row__delete"
                    on:click=move |ev| {
                        // Found before the card goes: the keyboard goes on to the next card.
                        let neighbour = event_target::<web_sys::Element>(&ev);
                        let neighbour = neighbour_of(&neighbour);
                        if let Ok(Some((index, gone))) = state.delete_activity(&gone) {
                            notice.set(Some(Notice::Removed(index, Box::new(gone))));
                        }
                        refocus(move || neighbour.into_iter().collect());
                    }
                >
                    "Verwijderen"
                </button>
            </div>
            </details>
        </li>
    }
}

/// A closed card's line: "maart 2027 · Leesconsulent · gedaan", done as the plan's mark or
/// the year's evaluations say.
fn card_facts(a: &Activity, outcome: Outcome) -> String {
    let month = crate::model::format_month(&a.month);
    let done = match outcome {
        Outcome::Open => "nog te doen",
        Outcome::Done => "gedaan",
        Outcome::Partly => "deels gedaan",
        Outcome::NotDone => "niet gedaan",
    };
    [month.as_str(), a.who.trim(), done]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The month field's number for `edit` (after the seven columns).
const MONTH: usize = 7;

/// Reads column `n` of the activity (or its month, `MONTH`).
fn read(row: Row, n: usize) -> Signal<String> {
    text(move || {
        row.try_with(|a| match n {
            MONTH => a.month.clone(),
            n => columns(a)[n].clone(),
        })
    })
}

/// Writes a new value into column `n` of the activity (or its month, `MONTH`).
fn edit(state: AppState, id: &str, n: usize) -> OnValue {
    let id = id.to_string();
    let field = match n {
        MONTH => ActivityField::Month,
        n => column_mut(&mut Activity::default(), n).1,
    };
    Callback::new(move |value: String| {
        state.edit_activity(&id, field, |a| match n {
            MONTH => a.set_month(value),
            n => {
                *column_mut(a, n).0 = value;
                Ok(())
            }
        })
    })
}

/// A column of the form as a text area, with the guide's question as its placeholder.
#[component]
fn ColumnText(
    label: &'static str,
    prompt: &'static str,
    value: Signal<String>,
    on_value: OnValue,
) -> impl IntoView {
    let state = use_app_state();
    view! {
        <label class="field">
            <span class="field__label">{label}</span>
            <textarea
                rows=3
                placeholder=prompt
                prop:value=move || value.get()
                on:input=move |ev| state.show_refusal(on_value.run(event_target_value(&ev)))
            ></textarea>
        </label>
    }
}
