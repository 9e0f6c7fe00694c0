//! The shell: state, header, banners and the router.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{AppHeader, StorageBanners};
use crate::pages::{
    ComingLaterPage, DataPage, InstitutionPage, InstitutionsPage, NotFoundPage, OverviewPage,
    StepPage, StepsPage,
};
use crate::routes::Section;
use crate::state::provide_app_state;

#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    view! {
        <Router>
            <a class="skip-link" href="#inhoud">"Naar de inhoud"</a>
            <AppHeader/>
            <main id="inhoud" tabindex="-1">
                <StorageBanners/>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=OverviewPage/>
                    <Route path=path!("/stappenplan") view=StepsPage/>
                    <Route path=path!("/stappenplan/:nummer") view=StepPage/>
                    <Route path=path!("/instellingen") view=InstitutionsPage/>
                    <Route path=path!("/instellingen/instelling") view=InstitutionPage/>
                    <Route
                        path=path!("/projectbeoordeling")
                        view=|| view! { <ComingLaterPage section=Section::Assessment/> }
                    />
                    <Route
                        path=path!("/naslag")
                        view=|| view! { <ComingLaterPage section=Section::Reference/> }
                    />
                    <Route path=path!("/gegevens") view=DataPage/>
                </Routes>
            </main>
        </Router>
    }
}
