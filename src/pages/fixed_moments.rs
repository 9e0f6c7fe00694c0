//! The consultant's own fixed moments on the Jaarplanning (*monitor afnemen*,
//! *subsidieaanvraag*): added once, they come back in every school year and its calendar.

use leptos::prelude::*;
use reactive_stores::Field;

use crate::components::{ConfirmButton, OnValue, SelectField, TextField};
use crate::model::{InvalidInput, Moment, MomentField, MomentStoreFields, WorkspaceStoreFields};
use crate::routes::moment_anchor;
use crate::state::use_app_state;

/// The months of a school year, August first: (number, name).
const MONTHS: [(&str, &str); 12] = [
    ("8", "augustus"),
    ("9", "september"),
    ("10", "oktober"),
    ("11", "november"),
    ("12", "december"),
    ("1", "januari"),
    ("2", "februari"),
    ("3", "maart"),
    ("4", "april"),
    ("5", "mei"),
    ("6", "juni"),
    ("7", "juli"),
];

/// Where a month falls in the school year: August 0, July 11.
fn in_school_year(month: u8) -> u8 {
    (month + 4) % 12
}

/// A day as typed: empty is the whole month.
fn day_of(text: &str) -> Result<u8, InvalidInput> {
    match text.trim() {
        "" => Ok(0),
        day => day
            .parse()
            .ok()
            .filter(|d| (1..=31).contains(d))
            .ok_or_else(|| {
                InvalidInput("Typ een dag van 1 tot en met 31, of laat de dag leeg.".into())
            }),
    }
}

/// A field of the form that adds a moment: what is typed is kept until *Moment toevoegen*.
fn kept_in(signal: RwSignal<String>) -> OnValue {
    Callback::new(move |value: String| {
        signal.set(value);
        Ok(())
    })
}

#[component]
pub fn FixedMoments() -> impl IntoView {
    let state = use_app_state();
    // In the order of the school year, August first.
    let ids = Memo::new(move |_| {
        state.workspace.moments().with(|all| {
            let mut all: Vec<&Moment> = all.iter().collect();
            all.sort_by_key(|m| (in_school_year(m.month), m.day));
            all.iter().map(|m| m.id.clone()).collect::<Vec<_>>()
        })
    });
    let name = RwSignal::new(String::new());
    let month = RwSignal::new("8".to_string());
    let day = RwSignal::new(String::new());
    let said = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let added = day_of(&day.get_untracked()).and_then(|day| {
            let month = month.get_untracked().parse().unwrap_or(0);
            state.add_moment(&name.get_untracked(), month, day)
        });
        match added {
            Ok(_) => {
                said.set(Some(format!(
                    "‘{}’ staat nu in elk schooljaar.",
                    name.get_untracked().trim()
                )));
                name.set(String::new());
                day.set(String::new());
            }
            Err(refused) => said.set(Some(refused.0)),
        }
    };
    view! {
        <section class="card fixed-moments" aria-labelledby="vaste-momenten-kop">
            <h2 id="vaste-momenten-kop">"Vaste momenten"</h2>
            <p class="hint">
                "Uw eigen momenten die elk schooljaar terugkomen, zoals de monitor afnemen, de subsidieaanvraag of de evaluatie met de directie. U voegt ze één keer toe; ze staan in de jaarplanning en het agendabestand van elk schooljaar."
            </p>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="hint">"Nog geen vaste momenten."</p>
            </Show>
            <ul class="fixed-moments__list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <MomentRow id/>
                </For>
            </ul>
            <form class="fixed-moments__add" on:submit=add>
                <h3>"Vast moment toevoegen"</h3>
                <div class="form-grid">
                    <TextField
                        label="Wat"
                        placeholder="Monitor afnemen"
                        value=name
                        on_value=kept_in(name)
                    />
                    <SelectField
                        label="Maand"
                        options=MONTHS.to_vec()
                        value=month
                        on_value=kept_in(month)
                    />
                    <TextField
                        label="Dag (leeg: ergens in de maand)"
                        kind="number"
                        value=day
                        on_value=kept_in(day)
                    />
                </div>
                <button type="submit" class="button">"Moment toevoegen"</button>
                <p role="status">{move || said.get()}</p>
            </form>
        </section>
    }
}

/// One fixed moment, to edit or delete.
#[component]
fn MomentRow(id: String) -> impl IntoView {
    let state = use_app_state();
    let moment: Field<Moment> = state.workspace.moments().at_key(id.clone()).into();
    let edit = {
        let id = id.clone();
        move |field: MomentField,
              set: fn(&mut Moment, String) -> Result<(), InvalidInput>|
              -> OnValue {
            let id = id.clone();
            Callback::new(move |value: String| state.edit_moment(&id, field, |m| set(m, value)))
        }
    };
    let remove = {
        let id = id.clone();
        Callback::new(move |()| state.delete_moment(&id))
    };
    let title = move || {
        moment
            .try_with(|m| format!("{} · {}", m.name.trim(), m.when()))
            .unwrap_or_default()
    };
    view! {
        <li class="card card--inner fixed-moments__moment" id=moment_anchor(&id)>
            <h3>{title}</h3>
            <div class="form-grid">
                <TextField
                    label="Wat"
                    value=Signal::derive(move || moment.name().try_get().unwrap_or_default())
                    on_value=edit(MomentField::Name, |m, v| {
                        m.name = v;
                        Ok(())
                    })
                />
                <SelectField
                    label="Maand"
                    options=MONTHS.to_vec()
                    value=Signal::derive(move || moment.month().try_get().unwrap_or_default().to_string())
                    on_value=edit(MomentField::Month, |m, v| {
                        m.month = v.parse().unwrap_or(0);
                        Ok(())
                    })
                />
                <TextField
                    label="Dag (leeg: ergens in de maand)"
                    kind="number"
                    value=Signal::derive(move || match moment.day().try_get().unwrap_or_default() {
                        0 => String::new(),
                        day => day.to_string(),
                    })
                    on_value=edit(MomentField::Day, |m, v| {
                        m.day = day_of(&v)?;
                        Ok(())
                    })
                />
                <TextField
                    label="Notitie"
                    value=Signal::derive(move || moment.note().try_get().unwrap_or_default())
                    on_value=edit(MomentField::Note, |m, v| {
                        m.note = v;
                        Ok(())
                    })
                />
            </div>
            <ConfirmButton
                label="Vast moment verwijderen"
                question="Dit vaste moment uit elk schooljaar verwijderen?"
                confirm_label="Ja, verwijderen"
                on_confirm=remove
            />
        </li>
    }
}
