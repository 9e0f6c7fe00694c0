//! The automatic backups, each restorable in one step.

use leptos::prelude::*;

use crate::components::{ConfirmButton, dynamic};
use crate::state::{MAX_BACKUPS, backups};
use crate::state::{local_moment, use_app_state};

#[component]
pub fn Backups() -> impl IntoView {
    let state = use_app_state();
    let message = RwSignal::new(None::<Result<String, String>>);
    let list = dynamic(move || {
        state.backups_changed.track();
        let backups = backups();
        if backups.is_empty() {
            return view! { <p class="hint">"Er zijn nog geen reservekopieën."</p> }.into_any();
        }
        let items = backups
            .into_iter()
            .map(|b| {
                let key = b.key.clone();
                let restore = Callback::new(move |_| {
                    message.set(Some(state.restore_backup(&key).map(|kept| {
                        let mut done = String::from("De reservekopie is teruggezet.");
                        if kept {
                            done.push_str(" Wat u daarvoor had, staat nu zelf in een reservekopie.");
                        }
                        done
                    })))
                });
                view! {
                    <li class="backup">
                        <span>{format!("Reservekopie {} ({})", b.reason.label(), local_moment(&b.at))}</span>
                        <ConfirmButton
                            label="Terugzetten"
                            question="Uw huidige gegevens vervangen door deze reservekopie? Wat u nu hebt, wordt eerst zelf als reservekopie bewaard."
                            confirm_label="Ja, terugzetten"
                            on_confirm=restore
                        />
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="backup-list">{items}</ul> }.into_any()
    });
    view! {
        <section class="card" aria-labelledby="reserve-kop">
            <h2 id="reserve-kop">"Reservekopieën"</h2>
            <p>
                {format!(
                    "Voor elke import en elke keer dat u gegevens vervangt of terugzet, bewaart de \
                     app eerst uw gegevens van dat moment, op dit apparaat. De laatste {MAX_BACKUPS} \
                     blijven bewaard, zolang er ruimte is."
                )}
            </p>
            {list}
            {dynamic(move || message.get().map(|m| match m {
                Ok(done) => view! { <p class="import-done" role="status">{done}</p> }.into_any(),
                Err(e) => view! { <p class="field-error" role="alert">{e}</p> }.into_any(),
            }))}
        </section>
    }
}
