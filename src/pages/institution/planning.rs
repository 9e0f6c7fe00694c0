//! Step 11: the institution's planning form (Bijlagen 6 and 7), one card per activity.

use leptos::either::Either;
use leptos::prelude::*;

use wasm_bindgen::{JsCast, JsValue, closure::Closure};

use super::Current;
use crate::browser::download::download;
use crate::components::{
    ConfirmButton, KeyedRows, OnValue, TextField, derived, dynamic, live, memo,
};
use crate::content::{PLANNING_COLUMNS, PLANNING_EXAMPLES, PLANNING_TITLE};
use crate::model::{Activity, activity_from_example, example_evaluation, format_date};
use crate::pages::planning_print::columns;
use crate::routes::{conversation_path, planning_print_path};
use crate::state::{AppState, new_id, use_app_state};

/// An activity as it is now; `None` once it has been deleted.
type Row = Memo<Option<Activity>>;

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
}

type Notices = RwSignal<Option<Notice>>;

/// The guide's column `n` (0–6) of a row, to edit.
fn column_mut(a: &mut Activity, n: usize) -> &mut String {
    match n {
        0 => &mut a.activity,
        1 => &mut a.goal,
        2 => &mut a.action_points,
        3 => &mut a.planning,
        4 => &mut a.who,
        5 => &mut a.organisation,
        _ => &mut a.evaluation,
    }
}

#[component]
pub fn PlanningPanel(id: String, current: Current) -> impl IntoView {
    let _ = current;
    let state = use_app_state();
    let lookup = id.clone();
    let ids = memo(move || {
        state.workspace.with(|w| {
            w.activities_of(&lookup)
                .into_iter()
                .map(|a| a.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let notice: Notices = RwSignal::new(None);

    let institution = id.clone();
    // A double tap adds one card, not two.
    let last_add = StoredValue::new((0.0, None::<String>));
    let add = move |_| {
        let now = js_sys::Date::now();
        let (at, added) = last_add.get_value();
        if now - at < DOUBLE_TAP_MS {
            // The second tap focused the button; the cursor goes back to the new card.
            if let Some(id) = added {
                focus_row(&id);
            }
            return;
        }
        let button_top = top_of(ADD_BUTTON);
        match state.add_activity(&institution) {
            Ok(id) => {
                last_add.set_value((now, Some(id.clone())));
                keep_in_place_and_focus(id, button_top);
            }
            Err(refused) => {
                last_add.set_value((now, None));
                state.tell(Err::<(), _>(refused));
            }
        }
    };
    let institution = id.clone();
    let insert_example = Callback::new(move |()| {
        state.tell(state.change(|w, now| {
            for example in PLANNING_EXAMPLES.iter() {
                let row = activity_from_example(example, new_id("activiteit"), &institution, now);
                w.add_activity(row)?;
            }
            Ok(())
        }));
    });
    let institution = id.clone();
    let copy = move |_| copy_text(state.planning_table(&institution).1.tsv(), notice);
    let institution = id.clone();
    let download_csv = move |_| {
        let (name, table) = state.planning_table(&institution);
        notice.set(Some(Notice::Downloaded(download(
            &name,
            &table.csv(),
            "text/csv;charset=utf-8",
        ))));
    };
    let undo = move |_| {
        if let Some(Notice::Removed(index, activity)) = notice.get_untracked() {
            state.tell(state.change(|w, _| {
                w.restore_activity(index, *activity);
                Ok(())
            }));
            notice.set(None);
        }
    };
    view! {
        <section class="card planning" aria-labelledby="planning-kop">
            <h2 id="planning-kop">{PLANNING_TITLE}</h2>
            <p class="hint">
                "Eén kaart per activiteit, met de zeven kolommen van het planningsformulier (bijlage 7). "
                "Neem het formulier op in het (voor)leesplan; met een maand erbij staat de activiteit in het Overzicht."
            </p>
            <div class="button-row planning__actions">
                {dynamic(move || {
                    if ids.with(Vec::is_empty) {
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
                })}
                <a class="button button--secondary" href=planning_print_path(&id)>"Afdrukken"</a>
                <button type="button" class="button button--secondary" on:click=copy>"Kopiëren voor een spreadsheet"</button>
                <button type="button" class="button button--secondary" on:click=download_csv>"Downloaden als CSV"</button>
            </div>
            <div role="status">
                {dynamic(move || {
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
                })}
            </div>
            {dynamic(move || ids.with(Vec::is_empty).then(|| view! {
                <p class="hint">
                    "Nog geen activiteiten. Voeg er een toe, neem het voorbeeld uit bijlage 6 over, of zet de afspraken uit een gesprek hierin met ‘Invullen in planningsformulier’."
                </p>
            }))}
            <ol class="planning__rows">
                <KeyedRows ids row=Callback::new(move |activity| view! { <ActivityRow activity ids notice/> }.into_any())/>
            </ol>
            <button type="button" class="button" id=ADD_BUTTON on:click=add>"Activiteit toevoegen"</button>
        </section>
    }
}

/// Taps on "Activiteit toevoegen" closer together than this are one tap.
const DOUBLE_TAP_MS: f64 = 600.0;

/// The element id of an activity's card.
fn row_element_id(activity: &str) -> String {
    format!("activiteit-kaart-{activity}")
}

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
        .and_then(|d| d.get_element_by_id(&row_element_id(activity)))
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

/// Copies the text to the clipboard; when that is not possible, offers it to copy by hand.
/// (`navigator.clipboard` through `Reflect`, so web-sys needs no `Clipboard` feature.)
fn copy_text(text: String, notice: Notices) {
    let by_hand = Notice::CopyByHand(text.clone());
    let write = || -> Option<JsValue> {
        let navigator: JsValue = web_sys::window()?.navigator().into();
        let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
        let write_text = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?;
        let promise = write_text
            .dyn_ref::<js_sys::Function>()?
            .call1(&clipboard, &text.as_str().into())
            .ok()?;
        let then = js_sys::Reflect::get(&promise, &"then".into()).ok()?;
        let failed = by_hand.clone();
        let on_done = Closure::once_into_js(move || {
            let _ = notice.try_set(Some(Notice::Copied));
        });
        let on_failed = Closure::once_into_js(move || {
            let _ = notice.try_set(Some(failed));
        });
        then.dyn_ref::<js_sys::Function>()?
            .call2(&promise, &on_done, &on_failed)
            .ok()
    };
    notice.set(None);
    if write().is_none() {
        notice.set(Some(by_hand));
    }
}

/// One activity as a card that opens: the seven columns, month, done, order and delete.
#[component]
fn ActivityRow(activity: String, ids: Memo<Vec<String>>, notice: Notices) -> impl IntoView {
    let state = use_app_state();
    let lookup = activity.clone();
    let row: Row = memo(move || {
        state
            .workspace
            .with(|w| w.activities.iter().find(|a| a.id == lookup).cloned())
    });
    // The conversation the row came from: (link, date).
    let source = live(move || {
        let conversation = row.with(|a| a.as_ref().and_then(|a| a.conversation_id.clone()))?;
        let date = state
            .workspace
            .with(|w| w.conversation(&conversation).map(|c| format_date(&c.date)))?;
        Some((conversation_path(&conversation), date))
    });
    let title = live(move || {
        row.with(|a| match a.as_ref().map(|a| a.activity.trim()) {
            Some(text) if !text.is_empty() => text.to_string(),
            _ => "Nieuwe activiteit".to_string(),
        })
    });
    let this = activity.clone();
    let first = live(move || ids.with(|ids| ids.first() == Some(&this)));
    let this = activity.clone();
    let last = live(move || ids.with(|ids| ids.last() == Some(&this)));
    let (up, down, gone, done) = (
        activity.clone(),
        activity.clone(),
        activity.clone(),
        activity.clone(),
    );
    // Closed, a card is one line (title, month, who, done); a new card opens for typing.
    let open = row.with_untracked(|a| a.as_ref().is_none_or(|a| a.activity.trim().is_empty()));
    let facts = live(move || row.with(|a| a.as_ref().map(card_facts).unwrap_or_default()));
    view! {
        <li class="card card--inner planning-row" id=row_element_id(&activity)>
            <details class="planning-row__details" open=open>
            <summary class="planning-row__summary">
                <h3 class="planning-row__title">{title}</h3>
                <span class="planning-row__facts">{facts}</span>
            </summary>
            {dynamic(move || {
                source()
                    .map(|(href, date)| {
                        view! {
                            <p class="planning-row__source">
                                <a href=href>{if date.is_empty() { "Uit een gesprek".to_string() } else { format!("Uit gesprek van {date}") }}</a>
                            </p>
                        }
                    })
            })}
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
                {dynamic(move || row.with(|a| a.as_ref().and_then(example_evaluation)).map(|text| view! {
                    <p class="hint planning-row__example">
                        <strong>"Voorbeeld uit bijlage 6 (de evaluatie in de gids, niet van deze school): "</strong>
                        {text}
                    </p>
                }))}
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
                            prop:checked=live(move || row.with(|a| a.as_ref().is_some_and(|a| a.done)))
                            on:change=move |ev| {
                                let checked = event_target_checked(&ev);
                                state.tell(state.update_activity(&done, |a| {
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
                <button type="button" class="button button--secondary" prop:disabled=first on:click=move |_| move_row(state, &up, true)>
                    "Omhoog"
                </button>
                <button type="button" class="button button--secondary" prop:disabled=last on:click=move |_| move_row(state, &down, false)>
                    "Omlaag"
                </button>
                <button
                    type="button"
                    class="button button--secondary planning-row__delete"
                    on:click=move |_| {
                        if let Ok(Some((index, gone))) = state.change(|w, now| Ok(w.delete_activity(&gone, now))) {
                            notice.set(Some(Notice::Removed(index, Box::new(gone))));
                        }
                    }
                >
                    "Verwijderen"
                </button>
            </div>
            </details>
        </li>
    }
}

/// A closed card's line: "maart 2027 · Leesconsulent · gedaan".
fn card_facts(a: &crate::model::Activity) -> String {
    let month = crate::model::format_month(&a.month);
    let done = if a.done { "gedaan" } else { "nog te doen" };
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
    derived(move || {
        row.with(|a| {
            a.as_ref()
                .map(|a| match n {
                    MONTH => a.month.clone(),
                    n => columns(a)[n].clone(),
                })
                .unwrap_or_default()
        })
    })
}

/// Writes a new value into column `n` of the activity (or its month, `MONTH`).
fn edit(state: AppState, id: &str, n: usize) -> OnValue {
    let id = id.to_string();
    Callback::new(move |value: String| {
        state.update_activity(&id, |a| {
            let field = if n == MONTH {
                &mut a.month
            } else {
                column_mut(a, n)
            };
            *field = value;
            Ok(())
        })
    })
}

fn move_row(state: AppState, id: &str, up: bool) {
    state.tell(state.change(|w, _| {
        w.move_activity(id, up);
        Ok(())
    }));
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
                prop:value=live(move || value.get())
                on:input=move |ev| state.tell(on_value.run(event_target_value(&ev)))
            ></textarea>
        </label>
    }
}
