//! Assessments: the record, the advice and the catalogue filter.

use super::*;
use crate::content::CATALOGUE;

const NOW: &str = "2026-11-28T10:00:00Z";

fn entry(id: &str) -> &'static CatalogueEntry {
    CATALOGUE
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no catalogue entry {id}"))
}

fn with_characteristics(markers: &[&str]) -> Assessment {
    let mut a = Assessment::new("p1", "Project", NOW);
    a.characteristics = markers.iter().map(|m| m.to_string()).collect();
    a
}

fn promising(result: &AssessmentResult) -> Vec<u8> {
    result.promising_groups().map(|g| g.number).collect()
}

fn example_ids(result: &AssessmentResult, group: u8) -> Vec<&'static str> {
    result.groups[usize::from(group - 1)]
        .examples
        .iter()
        .map(|e| e.id)
        .collect()
}

fn markers(list: &[&'static Characteristic]) -> Vec<&'static str> {
    list.iter().map(|c| c.marker).collect()
}

fn ids(found: Vec<&'static CatalogueEntry>) -> Vec<&'static str> {
    found.into_iter().map(|e| e.id).collect()
}

#[test]
fn not_forcing_parents_is_promising_for_reading_and_hesitant_parents() {
    let result = assess(&with_characteristics(&["c"]));
    assert_eq!(promising(&result), [1, 2]);
    assert_eq!(
        example_ids(&result, 1),
        [
            "werkvorm-ouderinformatiebijeenkomst",
            "werkvorm-voorleestips-boekentips",
            "project-nationale-voorleesdagen"
        ]
    );
    assert_eq!(
        example_ids(&result, 2),
        ["werkvorm-voorleestips-boekentips"]
    );
    assert!(example_ids(&result, 3).is_empty());
    assert_eq!(result.count(), 1);
    assert_eq!(markers(&result.missing), ["a", "b", "d", "e", "f", "g"]);
}

#[test]
fn bond_choice_and_individual_approach_reach_non_reading_parents_via_voorleesexpress() {
    let result = assess(&with_characteristics(&["e", "a", "c"]));
    assert_eq!(promising(&result), [1, 2, 3]);
    assert_eq!(example_ids(&result, 3), ["project-voorleesexpress"]);
    assert_eq!(markers(&result.met), ["a", "c", "e"]);
}

#[test]
fn all_seven_characteristics_are_promising_for_every_group() {
    let result = assess(&with_characteristics(&["a", "b", "c", "d", "e", "f", "g"]));
    assert_eq!(promising(&result), [1, 2, 3]);
    assert_eq!(result.count(), 7);
    assert!(result.missing.is_empty());
    assert_eq!(
        example_ids(&result, 3),
        [
            "werkvorm-individuele-oudergesprekken",
            "project-boekenpret",
            "project-voorleesexpress",
            "project-verteltas"
        ]
    );
    assert_eq!(
        result.summary(),
        "Voldoet aan 7 van de 7 kenmerken van een succesvolle aanpak; voor welke ouders het geschikt is, is nog niet beoordeeld (vraag 8)."
    );
}

#[test]
fn a_combination_the_guide_has_no_example_of_is_left_to_the_consultant() {
    let result = assess(&with_characteristics(&["a", "d"]));
    assert!(
        result
            .groups
            .iter()
            .all(|g| !g.promising && g.examples.is_empty())
    );
    assert!(
        result.groups[0]
            .evidence(false)
            .starts_with("De gids geeft voor deze groep geen voorbeeld")
    );
}

#[test]
fn no_characteristics_means_no_evidence_not_even_from_boekstart_in_de_kinderopvang() {
    let result = assess(&with_characteristics(&[]));
    assert!(promising(&result).is_empty());
    assert_eq!(result.count(), 0);
    assert_eq!(result.missing.len(), 7);
    assert!(
        result
            .summary()
            .ends_with("is nog niet beoordeeld (vraag 8).")
    );
}

#[test]
fn the_summary_is_the_consultants_own_answer_in_one_sentence() {
    let mut a = with_characteristics(&["a", "b", "c", "d", "e"]);
    a.parent_groups = BTreeSet::from([2, 3]);
    assert_eq!(
        assess(&a).summary(),
        "Voldoet aan 5 van de 7 kenmerken van een succesvolle aanpak en is volgens uw beoordeling geschikt voor de aarzelende leesouders en de niet-leesouders."
    );
}

#[test]
fn a_catalogue_entry_as_the_guide_describes_it_says_what_the_guide_says() {
    let mut a = Assessment::from_catalogue(entry("project-voorleesexpress"), "x", NOW);
    let result = assess(&a);
    assert_eq!(
        result.summary(),
        "Voldoet aan 3 van de 7 kenmerken van een succesvolle aanpak en is volgens de gids kansrijk voor de niet-leesouders.",
        "question 8 as the catalogue filled it in is the guide's word"
    );
    assert_eq!(
        result.as_in_guide.map(|e| e.id),
        Some("project-voorleesexpress")
    );
    assert_eq!(
        promising(&result),
        [3],
        "the guide's row says niet-leesouders only"
    );
    assert_eq!(
        result.groups[2].evidence(true),
        "De gids noemt ‘VoorleesExpress’ kansrijk voor deze groep."
    );
    assert_eq!(
        result.groups[0].evidence(true),
        "De gids noemt dit project niet voor deze groep."
    );
    a.parent_groups = BTreeSet::new();
    assert_eq!(
        assess(&a).summary(),
        "Voldoet aan 3 van de 7 kenmerken van een succesvolle aanpak en is volgens de gids kansrijk voor de niet-leesouders."
    );

    // Changed, it is the consultant's own project: the rule only suggests.
    a.characteristics.insert("b".into());
    let result = assess(&a);
    assert_eq!(result.as_in_guide, None);
    assert!(result.groups[0].evidence(false).starts_with("Suggestie: "));
}

#[test]
fn the_guides_condition_for_a_group_is_shown_where_it_applies() {
    let tips = Assessment::from_catalogue(entry("werkvorm-voorleestips-boekentips"), "x", NOW);
    let result = assess(&tips);
    assert_eq!(
        result.groups[1].evidence(true),
        "De gids noemt ‘Schriftelijke of digitale voorleestips & boekentips’ kansrijk voor deze groep (indien goed geïntroduceerd en nagevraagd)."
    );
    assert_eq!(result.groups[0].condition, None);
    // Derived from the tips alone (characteristic c), group 2 carries the condition.
    let own = assess(&with_characteristics(&["c"]));
    assert_eq!(
        own.groups[1].condition,
        Some("indien goed geïntroduceerd en nagevraagd")
    );
}

#[test]
fn the_users_own_choice_of_groups_is_shown_beside_the_guides() {
    let mut a = with_characteristics(&["c"]);
    a.parent_groups = BTreeSet::from([3]);
    let result = assess(&a);
    let judged: Vec<bool> = result.groups.iter().map(|g| g.judged_by_user).collect();
    assert_eq!(judged, [false, false, true]);
    assert!(!result.groups[2].promising);
}

#[test]
fn a_project_not_about_reading_at_home_is_flagged() {
    let mut a = with_characteristics(&["c"]);
    assert!(!assess(&a).home_reading_warning);
    a.home_reading = YesNo::Yes;
    assert!(!assess(&a).home_reading_warning);
    a.home_reading = YesNo::No;
    let result = assess(&a);
    assert!(result.home_reading_warning);
    assert!(result.summary().ends_with(HOME_READING_WARNING));
}

/// Every entry, assessed as the guide describes it, is promising for exactly the groups
/// the guide gives it, and is its own example.
#[test]
fn every_catalogue_entry_says_what_the_guide_says() {
    for e in &CATALOGUE {
        let result = assess(&Assessment::from_catalogue(e, "x", NOW));
        assert_eq!(result.as_in_guide, Some(e));
        assert_eq!(promising(&result), e.parent_groups, "{}", e.id);
        for g in e.parent_groups {
            assert_eq!(result.groups[usize::from(g - 1)].examples, [e]);
        }
        assert!(
            result
                .groups
                .iter()
                .all(|g| g.judged_by_user == e.parent_groups.contains(&g.group.number))
        );
    }
}

#[test]
fn voorleesexpress_from_the_catalogue() {
    let a = Assessment::from_catalogue(entry("project-voorleesexpress"), "p9", NOW);
    assert_eq!(a.id, "p9");
    assert_eq!(a.name, "VoorleesExpress");
    assert_eq!(a.catalogue_id.as_deref(), Some("project-voorleesexpress"));
    assert_eq!((a.age_from, a.age_to), (Some(2), Some(9)));
    assert_eq!(a.age_label(), "2–9 jaar");
    // The Doelgroep column gives ages (question 3), not a specific group (question 4).
    assert_eq!(a.target_group, "");
    assert_eq!(
        a.characteristics,
        BTreeSet::from(["a".to_string(), "c".to_string(), "e".to_string()])
    );
    assert_eq!(a.parent_groups, BTreeSet::from([3]));
    assert_eq!(a.home_reading, YesNo::Yes);
    assert_eq!(a.via_institution, YesNo::Yes);
    assert_eq!(
        a.goal,
        "• taalontwikkeling kinderen stimuleren\n• taalverrijking thuis"
    );
    assert_eq!(a.transfers, BTreeSet::from([Transfer::Individual]));
    assert_eq!(a.transfer_other, "");
    assert_eq!(a.fits_goals, YesNo::Unknown);
    assert_eq!(a.has_costs, YesNo::Unknown);
    assert_eq!((a.created_at.as_str(), a.updated_at.as_str()), (NOW, NOW));
    assert!(a.validate().is_ok());
}

#[test]
fn every_catalogue_entry_makes_a_valid_assessment() {
    for e in &CATALOGUE {
        let a = Assessment::from_catalogue(e, "x", NOW);
        assert_eq!(a.validate(), Ok(()), "{}", e.id);
        assert!(!a.transfers.is_empty(), "{} has no transfer", e.id);
    }
}

#[test]
fn transfers_are_only_taken_from_words_that_leave_no_doubt() {
    let of = |id| Assessment::from_catalogue(entry(id), "x", NOW);
    let talks = of("werkvorm-individuele-oudergesprekken");
    assert_eq!(talks.transfers, BTreeSet::from([Transfer::Individual]));
    let days = of("project-nationale-voorleesdagen");
    assert_eq!(days.transfers, BTreeSet::from([Transfer::Digital]));
    // "Groepsgewijze" does not say whether the group is small or large.
    let evening = of("werkvorm-ouderinformatiebijeenkomst");
    assert_eq!(evening.transfers, BTreeSet::from([Transfer::Other]));
    assert_eq!(evening.transfer_other, "• Groepsgewijze voorlichting");
    let boekstart = of("project-boekstart-kinderopvang");
    assert_eq!(boekstart.transfers, BTreeSet::from([Transfer::Other]));
    assert_eq!(
        boekstart.transfer_other,
        "Verschillend per instelling:\n• ouderbijeenkomsten op de KO en in de bibliotheek\n• oudergesprekken\nVan vrijblijvend informerend tot concrete afspraken en terugkoppeling."
    );
}

#[test]
fn a_project_needs_a_name() {
    let mut a = Assessment::new("p1", "  ", NOW);
    assert_eq!(
        a.validate(),
        Err(InvalidInput("Geef het project een naam.".into()))
    );
    a.name = "Verteltas".into();
    assert_eq!(a.validate(), Ok(()));
}

#[test]
fn ages_must_be_a_range_up_to_eighteen() {
    let mut a = Assessment::new("p1", "Project", NOW);
    a.age_from = Some(6);
    a.age_to = Some(4);
    // Typed one after the other, the ages may cross for a moment: warned, not refused.
    assert!(a.validate().is_ok());
    assert!(a.age_warning().unwrap().contains("hoger"));
    a.age_to = Some(6);
    assert!(a.validate().is_ok());
    assert_eq!(a.age_warning(), None);
    a.age_to = Some(19);
    assert!(a.validate().is_err());
    a.age_to = None;
    a.age_from = Some(19);
    assert!(a.validate().is_err());
    a.age_from = Some(18);
    assert!(a.validate().is_ok());
}

#[test]
fn only_the_guides_characteristics_and_parent_groups_are_accepted() {
    let mut a = with_characteristics(&["a", "g"]);
    a.parent_groups = BTreeSet::from([1, 3]);
    assert!(a.validate().is_ok());
    a.characteristics.insert("h".into());
    assert!(a.validate().unwrap_err().0.contains("‘h’"));
    a.characteristics.remove("h");
    a.parent_groups.insert(4);
    assert!(a.validate().unwrap_err().0.contains("Oudergroep 4"));
    a.parent_groups = BTreeSet::from([0]);
    assert!(a.validate().is_err());
}

#[test]
fn age_labels() {
    let label = |from, to| {
        Assessment {
            age_from: from,
            age_to: to,
            ..Default::default()
        }
        .age_label()
    };
    assert_eq!(label(Some(2), Some(9)), "2–9 jaar");
    assert_eq!(label(Some(4), None), "vanaf 4 jaar");
    assert_eq!(label(None, Some(6)), "tot en met 6 jaar");
    assert_eq!(label(Some(4), Some(4)), "4 jaar");
    assert_eq!(label(None, None), "");
}

#[test]
fn plain_text_keeps_paragraphs_and_bullets_on_lines() {
    assert_eq!(
        plain_text(&[
            Block::Paragraph("Mondeling"),
            Block::List(&["1-op-1-gesprek", "ook"])
        ]),
        "Mondeling\n• 1-op-1-gesprek\n• ook"
    );
    assert_eq!(plain_text(&[]), "");
}

#[test]
fn an_empty_filter_shows_the_whole_catalogue_in_order() {
    let filter = CatalogueFilter::default();
    assert!(filter.is_empty());
    assert_eq!(ids(filter.apply()), ids(CATALOGUE.iter().collect()));
    let blank = CatalogueFilter {
        text: "   ".into(),
        ..Default::default()
    };
    assert!(blank.is_empty());
}

/// The guide marks these entries promising for niet-leesouders: individuele
/// oudergesprekken (0–12), BoekStart in de kinderopvang (0–4), BoekenPret (0–6),
/// VoorleesExpress (2–9) and Verteltas (4–8). At age 6 BoekStart drops out.
#[test]
fn non_reading_parents_of_a_six_year_old() {
    let filter = CatalogueFilter {
        age: Some(6),
        group: Some(3),
        ..Default::default()
    };
    assert!(!filter.is_empty());
    assert_eq!(
        ids(filter.apply()),
        [
            "werkvorm-individuele-oudergesprekken",
            "project-boekenpret",
            "project-voorleesexpress",
            "project-verteltas"
        ]
    );
}

#[test]
fn age_bounds_are_inclusive() {
    let at = |age| {
        ids(CatalogueFilter {
            age: Some(age),
            ..Default::default()
        }
        .apply())
    };
    assert!(at(9).contains(&"project-voorleesexpress"));
    assert!(!at(10).contains(&"project-voorleesexpress"));
    assert!(at(8).contains(&"project-vakantietas"));
    assert!(!at(7).contains(&"project-vakantietas"));
}

#[test]
fn every_selected_characteristic_must_be_marked() {
    let filter = CatalogueFilter {
        characteristics: BTreeSet::from(["b".to_string(), "g".to_string()]),
        ..Default::default()
    };
    assert_eq!(
        ids(filter.apply()),
        ["werkvorm-individuele-oudergesprekken", "project-verteltas"]
    );
}

#[test]
fn text_search_ignores_case() {
    let search = |text: &str| {
        ids(CatalogueFilter {
            text: text.into(),
            ..Default::default()
        }
        .apply())
    };
    // The individual talks mention it in a note ("verwijzing naar VoorleesExpress").
    let both = [
        "werkvorm-individuele-oudergesprekken",
        "project-voorleesexpress",
    ];
    assert_eq!(search("voorleesexpress"), both);
    assert_eq!(search(" VoorleesExpress "), both);
    let voorlees = search("VOORLEES");
    assert!(voorlees.contains(&"project-nationale-voorleesdagen"));
    assert!(voorlees.contains(&"project-voorleesexpress"));
    assert!(!voorlees.contains(&"project-vakantietas"));
    assert!(search("geen enkel project heet zo").is_empty());
}

#[test]
fn text_search_ignores_diacritics_both_ways() {
    let search = |text: &str| {
        ids(CatalogueFilter {
            text: text.into(),
            ..Default::default()
        }
        .apply())
    };
    // The guide writes "creëren" in the goal of BoekStart in de kinderopvang.
    assert_eq!(
        search("leesomgeving creeren"),
        ["project-boekstart-kinderopvang"]
    );
    assert_eq!(search("CREËREN"), ["project-boekstart-kinderopvang"]);
    // …and "geïntroduceerd" in the condition the tips give for group 2.
    assert_eq!(
        search("geintroduceerd"),
        ["werkvorm-voorleestips-boekentips"]
    );
}

#[test]
fn search_looks_in_every_column() {
    let search = |text: &str| {
        ids(CatalogueFilter {
            text: text.into(),
            ..Default::default()
        }
        .apply())
    };
    assert_eq!(search("thuismoeders"), ["project-boekenpret"]); // transfer
    assert_eq!(
        search("Geschoolde vrijwilliger"),
        ["project-voorleesexpress"]
    ); // carried out by
    assert_eq!(search("taalarm gezin"), ["project-voorleesexpress"]); // description
    assert_eq!(search("4-8 jaar"), ["project-verteltas"]); // target group
    assert_eq!(search("aftrap"), ["werkvorm-ouderinformatiebijeenkomst"]); // notes
}

#[test]
fn an_assessed_project_becomes_a_planning_row() {
    let mut a = Assessment::from_catalogue(entry("project-verteltas"), "p1", NOW);
    a.has_costs = YesNo::Yes;
    a.costs = " aanschaf prentenboeken en tassen ".into();
    a.notes = "niet overnemen".into();
    let row = activity_from_assessment(&a, "act-1".into(), "school-1", "2026-12-01T09:00:00Z");
    assert_eq!(row.id, "act-1");
    assert_eq!(row.institution_id, "school-1");
    assert_eq!(row.activity, "Verteltas");
    assert_eq!(
        row.goal,
        "• taalontwikkeling van ouder en kind stimuleren\n• (voor)leesplezier vergroten"
    );
    assert_eq!(
        row.action_points,
        "Kosten: aanschaf prentenboeken en tassen"
    );
    assert_eq!(row.organisation, "");
    assert_eq!(row.evaluation, "");
    assert_eq!(row.planning, "");
    assert_eq!(row.conversation_id, None);
    assert!(!row.done);
    assert_eq!(row.created_at, "2026-12-01T09:00:00Z");
    assert_eq!(row.updated_at, "2026-12-01T09:00:00Z");
}

#[test]
fn no_cost_action_point_without_costs() {
    let mut a = Assessment::new("p1", "Leesochtend", NOW);
    let row = |a: &Assessment| activity_from_assessment(a, "x".into(), "s", NOW).action_points;
    assert_eq!(row(&a), "");
    a.has_costs = YesNo::Yes;
    assert_eq!(row(&a), "");
    a.costs = "oud bedrag".into();
    a.has_costs = YesNo::No;
    assert_eq!(row(&a), "");
    a.has_costs = YesNo::Unknown;
    assert_eq!(row(&a), "Kosten: oud bedrag");
}
