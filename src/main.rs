use leptos::mount::mount_to_body;
use ouderpartnerschap::App;

fn main() {
    mount_to_body(App);
}
