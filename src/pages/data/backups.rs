//! The automatic backups: each restorable in one step, and each can be deleted.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clock::local_moment;
use crate::components::ConfirmButton;
use crate::state::{AppState, Backup, MAX_BACKUPS, Traces, use_app_state};

type Message = RwSignal<Option<Result<String, String>>>;

#[component]
pub fn Backups() -> impl IntoView {
    let state = use_app_state();
    let message: Message = RwSignal::new(None);
    // Another tab may have kept one since the app started.
    spawn_local(state.refresh_backups());
    // Which backups still hold institutions deleted since, read again when the list changes.
    let traces = LocalResource::new(move || {
        state.backups.track();
        state.backups_with_deleted()
    });
    let traces_of = move |key: &str| {
        traces.with(|t| {
            t.as_ref()
                .and_then(|all| all.iter().find(|t| t.key == key).map(Traces::names))
        })
    };
    let list = move || {
        state.backups.with(|backups| {
            if backups.is_empty() {
                return view! { <p class="hint">"Er zijn nog geen reservekopieën."</p> }.into_any();
            }
            let items = backups
                .iter()
                .map(|b| backup_item(state, b, traces_of(&b.key), message))
                .collect_view();
            view! { <ul class="backup-list">{items}</ul> }.into_any()
        })
    };
    let remove_traces = Callback::new(move |_| {
        let keys: Vec<String> =
            traces.with_untracked(|t| t.iter().flatten().map(|t| t.key.clone()).collect());
        spawn_local(async move {
            let done = state.delete_backups(keys).await.map(|()| {
                "De reservekopieën met verwijderde instellingen zijn verwijderd.".to_string()
            });
            message.try_set(Some(done));
        });
    });
    let with_traces = move || traces.with(|t| t.as_ref().map_or(0, Vec::len));
    view! {
        <section class="card" aria-labelledby="reserve-kop">
            <h2 id="reserve-kop">"Reservekopieën"</h2>
            <p>
                {format!(
                    "Voor elke import en elke keer dat u gegevens vervangt of terugzet, bewaart de \
                     app eerst uw gegevens van dat moment, op dit apparaat (niet als er nog niets \
                     was), apart van uw werkruimte, zodat ze die nooit de ruimte afnemen. De eerste \
                     van elke dag blijft bewaard tot u die verwijdert: zo zijn uw gegevens van vóór \
                     een reeks imports er altijd. Van de andere blijven de laatste {MAX_BACKUPS}."
                )}
            </p>
            {list}
            <Show when=move || { with_traces() > 0 }>
                <div class="backup-traces" role="region" aria-label="Reservekopieën met verwijderde instellingen">
                    <p>
                        {move || match with_traces() {
                            1 => "1 reservekopie bevat nog een instelling die u hebt verwijderd.".to_string(),
                            n => format!("{n} reservekopieën bevatten nog instellingen die u hebt verwijderd."),
                        }}
                    </p>
                    <ConfirmButton
                        label="Deze reservekopieën verwijderen"
                        question="De reservekopieën met verwijderde instellingen verwijderen? Ze bevatten ook uw andere gegevens van toen; dat kan niet ongedaan worden gemaakt."
                        confirm_label="Ja, verwijderen"
                        on_confirm=remove_traces
                    />
                </div>
            </Show>
            {move || message.get().map(|m| match m {
                Ok(done) => view! { <p class="import-done" role="status">{done}</p> }.into_any(),
                Err(e) => view! { <p class="field-error" role="alert">{e}</p> }.into_any(),
            })}
        </section>
    }
}

fn backup_item(
    state: AppState,
    backup: &Backup,
    deleted: Option<String>,
    message: Message,
) -> impl IntoView + use<> {
    let key = backup.key.clone();
    let restore = Callback::new(move |_| {
        let key = key.clone();
        spawn_local(async move {
            let done = state.restore_backup(key).await.map(|kept| {
                let mut done = String::from("De reservekopie is teruggezet.");
                if kept {
                    done.push_str(" Wat u daarvoor had, staat nu zelf in een reservekopie.");
                }
                done
            });
            message.try_set(Some(done));
        });
    });
    let key = backup.key.clone();
    let delete = Callback::new(move |_| {
        let key = key.clone();
        spawn_local(async move {
            let done = state
                .delete_backup(key)
                .await
                .map(|()| "De reservekopie is verwijderd.".to_string());
            message.try_set(Some(done));
        });
    });
    let label = format!(
        "Reservekopie {} ({}, {} kB)",
        backup.describe(),
        local_moment(&backup.at),
        backup.units.div_ceil(1024)
    );
    let kept = backup
        .first_of_day
        .then_some("Eerste van de dag: blijft bewaard tot u die verwijdert.");
    view! {
        <li class="backup">
            <span>
                {label}
                {deleted.map(|names| view! { <br/><small class="backup__deleted">{format!("Bevat nog verwijderd: {names}")}</small> })}
                {kept.map(|k| view! { <br/><small class="hint">{k}</small> })}
            </span>
            <ConfirmButton
                label="Terugzetten"
                question="Uw huidige gegevens vervangen door deze reservekopie? Wat u nu hebt, wordt eerst zelf als reservekopie bewaard."
                confirm_label="Ja, terugzetten"
                on_confirm=restore
            />
            <ConfirmButton
                label="Verwijderen"
                question="Deze reservekopie verwijderen? Dat kan niet ongedaan worden gemaakt."
                confirm_label="Ja, verwijderen"
                on_confirm=delete
            />
        </li>
    }
}
