//! Joining a record with another record of the same (a school entered twice, a person
//! written two ways): the one that stays is chosen from a list, then confirmed.

use leptos::prelude::*;

use super::ConfirmButton;

/// A record this one can be joined with.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct JoinOption {
    pub id: String,
    /// How the list names it.
    pub label: String,
    /// It looks like the same record (a school's name and place): said in the list and
    /// above it.
    pub alike: bool,
}

/// The card *Samenvoegen met …*, shown while there is a record to join with. `on_join` gets
/// the id of the one chosen and joins; what it refuses is said in the card.
#[component]
pub fn JoinCard(
    /// The id of the card's heading.
    heading_id: &'static str,
    heading: &'static str,
    hint: &'static str,
    field_label: &'static str,
    /// The list's first entry, before anything is chosen.
    placeholder: &'static str,
    /// The confirmation, given the chosen record's label.
    question: fn(&str) -> String,
    /// What is said above the list when some of it looks alike, given their labels.
    #[prop(optional)]
    alike_notice: Option<fn(&str) -> String>,
    options: Memo<Vec<JoinOption>>,
    on_join: Callback<String, Result<(), String>>,
) -> impl IntoView {
    let target = RwSignal::new(String::new());
    let said = RwSignal::new(None::<String>);
    let notice = move || {
        let notice = alike_notice?;
        let alike = options.with(|o| {
            o.iter()
                .filter(|o| o.alike)
                .map(|o| o.label.clone())
                .collect::<Vec<_>>()
        });
        (!alike.is_empty())
            .then(|| view! { <p class="notice" role="note">{notice(&alike.join(", "))}</p> })
    };
    let target_label = move || {
        let t = target.get();
        options.with(|o| {
            o.iter()
                .find(|o| o.id == t)
                .map(|o| o.label.clone())
                .unwrap_or_default()
        })
    };
    let join = Callback::new(move |()| {
        if let Err(refused) = on_join.run(target.get_untracked()) {
            said.set(Some(refused));
        }
    });
    view! {
        <Show when=move || options.with(|o| !o.is_empty())>
            <section class="card" aria-labelledby=heading_id>
                <h2 id=heading_id>{heading}</h2>
                {notice}
                <p class="hint">{hint}</p>
                <label class="field">
                    <span class="field__label">{field_label}</span>
                    <select on:change=move |ev| target.set(event_target_value(&ev))>
                        <option value="" prop:selected=move || target.with(String::is_empty)>{placeholder}</option>
                        <For each=move || options.get() key=|o| o.clone() let:option>
                            {
                                let text = match option.alike {
                                    true => format!("{} — lijkt dezelfde", option.label),
                                    false => option.label,
                                };
                                view! { <option value=option.id>{text}</option> }
                            }
                        </For>
                    </select>
                </label>
                <Show when=move || !target.with(String::is_empty)>
                    <ConfirmButton
                        label="Samenvoegen"
                        question=Signal::derive(move || question(&target_label()))
                        confirm_label="Ja, samenvoegen"
                        on_confirm=join
                    />
                </Show>
                <p role="status">{move || said.get()}</p>
            </section>
        </Show>
    }
}
