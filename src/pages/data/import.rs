//! Importing a file: pick it or drop it on any page, see what it would add and change,
//! decide per record changed on both sides, then merge, replace or cancel.

use leptos::ev;
use leptos::prelude::*;

use super::arrangement::arrangement_choices;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use web_sys::{File, HtmlInputElement};

use super::unlock::unlock_form;
use crate::browser::clock::{local_moment, local_moment_seconds};
use crate::browser::device::read_file;
use crate::components::{ConfirmButton, ExportButtons, refocus};
use crate::state::{
    AppState, Difference, ImportState, NO_ROOM_FOR_BACKUP, PendingImport, Side, compare,
    use_app_state,
};

/// How many added records the preview names one by one; the rest are counted.
const NAMED_ADDITIONS: usize = 100;
/// How many records changed on both sides are shown side by side at a time.
const CONFLICTS_PER_PAGE: usize = 25;

fn read_and_preview(state: AppState, file: File) {
    let name = file.name();
    spawn_local(async move {
        match read_file(file).await {
            Ok(text) => state.begin_import(&name, &text).await,
            Err(message) => state.import.set(ImportState::Refused(message)),
        }
    });
}

/// A file dropped anywhere on the app opens its import preview on Gegevens. (Inside the
/// router, which it asks to go there.)
pub fn accept_dropped_files() {
    let state = use_app_state();
    let navigate = use_navigate();
    // Without this the browser would open the dropped file itself.
    window_event_listener(ev::dragover, |event| event.prevent_default());
    window_event_listener(ev::drop, move |event| {
        let file = event
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            event.prevent_default();
            navigate("/gegevens", Default::default());
            read_and_preview(state, file);
        }
    });
}

#[component]
pub fn ImportSection() -> impl IntoView {
    let state = use_app_state();
    let pick = move |event: ev::Event| {
        let input: HtmlInputElement = event_target(&event);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read_and_preview(state, file);
        }
        // The same file can be picked again after a cancel.
        input.set_value("");
    };
    // Read in place: a pending import holds the file's whole workspace.
    let outcome = move || {
        state.import.with(|import| match import {
            ImportState::Idle => None,
            ImportState::Refused(message) => Some(
                view! {
                    <div class="import-refused" role="alert">
                        <p><strong>"Dit bestand kan niet worden geïmporteerd."</strong></p>
                        <p>{message.clone()}</p>
                        <p class="hint">"Er is niets gewijzigd."</p>
                    </div>
                }
                .into_any(),
            ),
            ImportState::Ready(pending) => Some(import_preview(pending).into_any()),
            ImportState::Locked(locked) => Some(unlock_form(&locked.file_name).into_any()),
            ImportState::Done(_) => None,
        })
    };
    // The result is said in a live region that is always there, so that it is read out.
    let said = move || {
        state.import.with(|import| match import {
            ImportState::Done(message) => message.clone(),
            _ => String::new(),
        })
    };
    // The preview, and the button that took the file in, are gone: the keyboard goes on
    // from this part's heading.
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if state.import.with(|i| matches!(i, ImportState::Done(_))) {
            refocus(move || {
                heading
                    .try_get_untracked()
                    .flatten()
                    .map(Into::into)
                    .into_iter()
                    .collect()
            });
        }
    });
    view! {
        <section class="card" aria-labelledby="import-kop">
            <h2 id="import-kop" node_ref=heading>"Importeren"</h2>
            <p>
                "Kies een exportbestand, of sleep het op de app. U ziet eerst wat er zou "
                "veranderen; er wijzigt pas iets als u daarna kiest."
            </p>
            // No `accept`: an iPad greys out .json files for some filters; the file is
            // checked after it is picked.
            <label class="button button--secondary file-pick">
                "Bestand kiezen"
                <input type="file" class="visually-hidden" on:change=pick/>
            </label>
            {outcome}
            <div role="status">
                {move || {
                    let said = said();
                    (!said.is_empty()).then(|| view! { <p class="import-done">{said}</p> })
                }}
            </div>
        </section>
    }
}

/// What the chosen file would do, and the user's choice.
fn import_preview(pending: &PendingImport) -> impl IntoView + use<> {
    let state = use_app_state();
    let error = RwSignal::new(None::<String>);
    // Per changed record, the version to keep: the newer one to begin with.
    let choices = RwSignal::new(
        pending
            .preview
            .changed
            .iter()
            .map(Difference::newer)
            .collect::<Vec<_>>(),
    );
    // Set when no backup fits in storage and the user chose to go on without one.
    let without_backup = RwSignal::new(false);
    // The sender first: files from four colleagues are told apart by who sent them.
    let sender = pending.file.sender();
    let exported = match pending.file.origin.at.as_str() {
        "" => String::new(),
        at => format!(", geëxporteerd op {}", local_moment(at)),
    };
    let source = match sender.as_str() {
        "" => format!("Bestand ‘{}’{exported}.", pending.file_name),
        sender => format!("Van: {sender}{exported}. Bestand ‘{}’.", pending.file_name),
    };
    let preview = &pending.preview;
    let counts = format!(
        "{} nieuw · {} gewijzigd · {} ongewijzigd",
        preview.added.len(),
        preview.changed_records,
        preview.unchanged
    );
    let added = record_list("Nieuw", &preview.added);
    let taken = record_list(
        "Alleen in het bestand gewijzigd, wordt overgenomen",
        &preview.taken,
    );
    let conflicts = conflicts(state, pending, choices);
    let replace_question = match pending.only_here.as_str() {
        "" => {
            "Al uw gegevens op dit apparaat vervangen door die uit het bestand? Een reservekopie \
            van uw huidige gegevens wordt eerst bewaard."
                .to_string()
        }
        lost => format!(
            "Al uw gegevens op dit apparaat vervangen door die uit het bestand? Wat alleen hier \
            staat, verdwijnt dan uit de app: {lost}. Een reservekopie van uw huidige gegevens \
            wordt eerst bewaard."
        ),
    };
    let merge = move |_| {
        let choices = choices.get_untracked();
        let without = without_backup.get_untracked();
        spawn_local(async move {
            error.try_set(state.merge_import(choices, without).await.err());
        });
    };
    let replace = Callback::new(move |_| {
        let without = without_backup.get_untracked();
        spawn_local(async move {
            error.try_set(state.replace_with_import(without).await.err());
        });
    });
    let go_on_without_backup = move |_| {
        without_backup.set(true);
        error.set(None);
    };
    view! {
        <div class="import-preview" role="region" aria-label="Voorbeeld van de import">
            <h3>"Wat dit bestand zou doen"</h3>
            <p>{source}</p>
            <p class="import-counts"><strong>{counts}</strong></p>
            {pending.changes_nothing.then(|| view! {
                <p>"Alles uit dit bestand staat al op dit apparaat: samenvoegen verandert niets."</p>
            })}
            {arrangement_choices(pending)}
            {added}
            {taken}
            {conflicts}
            <div class="button-row">
                <button type="button" class="button" on:click=merge disabled=move || state.working.get()>
                    "Samenvoegen"
                </button>
                <ConfirmButton
                    label="Vervangen"
                    question=replace_question
                    confirm_label="Ja, alles vervangen"
                    on_confirm=replace
                />
                // Not "Annuleren": that is the answer to Vervangen's question, shown beside it.
                <button type="button" class="button button--secondary" on:click=move |_| state.cancel_import()>
                    "Niet importeren"
                </button>
            </div>
            {move || error.get().map(|message| {
                let no_room = message == NO_ROOM_FOR_BACKUP;
                view! {
                    <div class="field-error" role="alert">
                        <p>{message}</p>
                        {no_room.then(|| view! {
                            <ExportButtons label="Download eerst een kopie"/>
                            <button type="button" class="button button--secondary" on:click=go_on_without_backup>
                                "Toch doorgaan"
                            </button>
                        })}
                    </div>
                }
            })}
        </div>
    }
}

/// Records named in a list that opens: those the file adds, or updates without a question.
fn record_list(title: &'static str, records: &[Difference]) -> Option<impl IntoView + use<>> {
    if records.is_empty() {
        return None;
    }
    let rest = records.len().saturating_sub(NAMED_ADDITIONS);
    let items = records
        .iter()
        .take(NAMED_ADDITIONS)
        .map(|d| view! { <li>{format!("{}: {}", d.kind.label(), d.label)}</li> })
        .collect_view();
    Some(view! {
        <details class="import-added">
            <summary>{format!("{title}: {}", records.len())}</summary>
            <ul>{items}</ul>
            {(rest > 0).then(|| view! { <p class="hint">{format!("… en nog {rest}.")}</p> })}
        </details>
    })
}

/// Every record changed on both sides, its two versions side by side, with a choice.
fn conflicts(
    state: AppState,
    pending: &PendingImport,
    choices: RwSignal<Vec<Side>>,
) -> Option<impl IntoView + use<>> {
    let changed = &pending.preview.changed;
    if changed.is_empty() {
        return None;
    }
    let total = changed.len();
    let set_all = move |pick: fn(&Difference) -> Side| {
        state.import.with_untracked(|s| {
            if let ImportState::Ready(pending) = s {
                choices.set(pending.preview.changed.iter().map(pick).collect());
            }
        })
    };
    // Hundreds of conflicts would take seconds to show at once: a page at a time.
    let shown = RwSignal::new(CONFLICTS_PER_PAGE);
    let cards = move || {
        let count = shown.get();
        let cards = state.import.with_untracked(|s| match s {
            ImportState::Ready(pending) => state.workspace.with_untracked(|ours| {
                pending
                    .preview
                    .changed
                    .iter()
                    .enumerate()
                    .take(count)
                    .map(|(i, d)| {
                        // Against the file as arranged, as the preview is: a look-alike
                        // school joined here is there under this device's id.
                        let fields =
                            compare(ours, &pending.arranged, d.kind, &d.id, d.field.as_deref());
                        conflict_card(choices, i, d, fields)
                    })
                    .collect_view()
            }),
            _ => Vec::new(),
        });
        let more = total.saturating_sub(count);
        let next = move |_| shown.update(|n| *n += CONFLICTS_PER_PAGE);
        view! {
            {cards}
            {(more > 0).then(|| view! {
                <button type="button" class="button button--secondary" on:click=next>
                    {format!("Toon er meer ({more} nog niet getoond)")}
                </button>
            })}
        }
    };
    Some(view! {
        <h3>"Gewijzigd op beide plaatsen"</h3>
        <p>
            "Kies per onderdeel welke versie u houdt. Vooraf gekozen is de versie die het laatst "
            "is gewijzigd; de andere gaat niet verloren, want er wordt eerst een reservekopie "
            "gemaakt. De knoppen hieronder gelden voor alle onderdelen, ook die nog niet getoond zijn."
        </p>
        <div class="button-row">
            <button type="button" class="button button--secondary" on:click=move |_| set_all(Difference::newer)>
                "Overal de nieuwste"
            </button>
            <button type="button" class="button button--secondary" on:click=move |_| set_all(|_| Side::Ours)>
                "Overal die van dit apparaat"
            </button>
            <button type="button" class="button button--secondary" on:click=move |_| set_all(|_| Side::Theirs)>
                "Overal die uit het bestand"
            </button>
        </div>
        {cards}
    })
}

fn conflict_card(
    choices: RwSignal<Vec<Side>>,
    index: usize,
    difference: &Difference,
    fields: Vec<crate::state::FieldVersions>,
) -> impl IntoView + use<> {
    let chosen = move |side: Side| move || choices.with(|c| c.get(index) == Some(&side));
    let choose = move |side: Side| {
        move |_| {
            choices.update(|c| {
                if let Some(choice) = c.get_mut(index) {
                    *choice = side;
                }
            })
        }
    };
    let group = format!("keuze-{index}");
    // A record deleted on one side: the choice is to keep it or let it go.
    let (ours_label, theirs_label) = match &difference.deleted {
        Some(gone) if gone.here => ("Verwijderd laten", "Terugzetten uit het bestand"),
        Some(_) => ("Hier houden", "Ook hier verwijderen"),
        None => ("Houd die van dit apparaat", "Houd die uit het bestand"),
    };
    let when = |at: &str| match at {
        "" => String::new(),
        // To the second: two edits in the same minute are told apart.
        at => format!("bijgewerkt {}", local_moment_seconds(at)),
    };
    let rows = fields
        .into_iter()
        .map(|f| {
            view! {
                <tr>
                    <th scope="row">{f.field}</th>
                    <td>{f.ours}</td>
                    <td>{f.theirs}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <fieldset class="conflict">
            <legend>{format!("{}: {}{}", difference.kind.label(), difference.label, deletion_said(difference))}</legend>
            <div class="table-scroll">
                <table class="versions">
                    <thead>
                        <tr>
                            <th scope="col">"Onderdeel"</th>
                            <th scope="col">"Op dit apparaat" <br/> <small>{when(&difference.ours_updated)}</small></th>
                            <th scope="col">"In het bestand" <br/> <small>{when(&difference.theirs_updated)}</small></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <div class="button-row">
                <label class="choice">
                    <input type="radio" name=group.clone() prop:checked=chosen(Side::Ours) on:change=choose(Side::Ours)/>
                    {ours_label}
                </label>
                <label class="choice">
                    <input type="radio" name=group.clone() prop:checked=chosen(Side::Theirs) on:change=choose(Side::Theirs)/>
                    {theirs_label}
                </label>
                // Text changed on both sides can be kept whole, each part marked with who and when.
                {difference.text.then(|| view! {
                    <label class="choice">
                        <input type="radio" name=group prop:checked=chosen(Side::Both) on:change=choose(Side::Both)/>
                        "Houd beide"
                    </label>
                })}
            </div>
        </fieldset>
    }
}

/// What the legend of a deleted record adds: where, when and by whom it was deleted.
fn deletion_said(difference: &Difference) -> String {
    let Some(gone) = &difference.deleted else {
        return String::new();
    };
    let by = match gone.by.trim() {
        "" => String::new(),
        by => format!(" door {by}"),
    };
    let when = local_moment_seconds(&gone.at);
    if gone.here {
        format!(" — op dit apparaat verwijderd{by} op {when}; het bestand heeft het nog")
    } else {
        format!(" — in het bestand verwijderd{by} op {when}; hier staat het nog")
    }
}
