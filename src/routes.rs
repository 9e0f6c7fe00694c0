//! The app's addresses. Every path is static (dynamic parts would go in the query string),
//! so that a static file server can answer a reload of any page with a copy of
//! `index.html`; `scripts/postbuild.mjs` writes those copies from `static_paths()`'s list
//! in `scripts/static-routes.txt`.

/// The parts of the app, as listed in the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overview,
    Steps,
    Institutions,
    Assessment,
    Reference,
    Data,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Self::Overview,
        Self::Steps,
        Self::Institutions,
        Self::Assessment,
        Self::Reference,
        Self::Data,
    ];

    pub fn path(self) -> &'static str {
        match self {
            Self::Overview => "/",
            Self::Steps => "/stappenplan",
            Self::Institutions => "/instellingen",
            Self::Assessment => "/projectbeoordeling",
            Self::Reference => "/naslag",
            Self::Data => "/gegevens",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Overview => "Overzicht",
            Self::Steps => "Stappenplan",
            Self::Institutions => "Instellingen",
            Self::Assessment => "Projectbeoordeling",
            Self::Reference => "Naslag",
            Self::Data => "Gegevens",
        }
    }
}

/// The page of one step.
pub fn step_path(number: u8) -> String {
    format!("/stappenplan/{number}")
}

/// The page of one institution; its id (and the open step, 7–12) go in the query string.
pub const INSTITUTION_PATH: &str = "/instellingen/instelling";

pub fn institution_path(id: &str, step: Option<u8>) -> String {
    match step {
        Some(n) => format!("{INSTITUTION_PATH}?id={id}&stap={n}"),
        None => format!("{INSTITUTION_PATH}?id={id}"),
    }
}

/// Every path a user can reload, in a stable order.
pub fn static_paths() -> Vec<String> {
    let sections = Section::ALL.iter().map(|s| s.path().to_string());
    let steps = crate::content::STEPS.iter().map(|s| step_path(s.number));
    sections
        .chain(steps)
        .chain([INSTITUTION_PATH.to_string()])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_writes_a_page_for_every_path() {
        let listed = include_str!("../scripts/static-routes.txt");
        let listed: Vec<&str> = listed.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(listed, static_paths(), "update scripts/static-routes.txt");
    }
}
