//! The framework minimum: a button and a number.
use leptos::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! {
        <main>
            <button id="teller" type="button" on:click=move |_| set_count.update(|n| *n += 1)>
                "Tel"
            </button>
            <output>{count}</output>
        </main>
    }
}

fn main() {
    mount_to_body(Counter);
}
