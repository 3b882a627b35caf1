//! The workbook screen: agencies (create, rename, delete with confirmation, choose) and the
//! fiscal years of the chosen agency (add, delete with confirmation, choose).

// The scoring-only form: the framework names and years this screen shows, without the
// question texts (docs/SIZE.md).
use ita_core::framework::listed;
use ita_core::workbook::limits::NAME_MAX;
use ita_core::workbook::{Agency, AgencyKind};
use leptos::prelude::*;

use crate::components::choice_field::impl_choice;
use crate::components::text_field::{limit_status, within};
use crate::components::{choice_field, text_field, Card, TextFieldKind};
use crate::files::confirm;
use crate::lazy_view::lazy_view;
use crate::state::use_texts;

#[component]
pub fn WorkbookScreen() -> impl IntoView {
    let (store, t) = use_texts();
    let adding = RwSignal::new(false);
    // A memo: what it gates is built again only when it changes, not at every edit.
    let any = Memo::new(move |_| store.has_agencies());

    let add = Callback::new(move |a: Agency| {
        store.add_agency(a);
        adding.set(false);
    });

    view! {
        <Card id="agencies-title" title=move || t().agencies_title h2=true>
            {move || {
                any.get().then(|| lazy_view(__preload_agency_list, agency_list, nothing))
            }}
            {move || {
                if adding.get() {
                    view! {
                        <h3>{t().new_agency_title}</h3>
                        <AgencyForm
                            initial=Agency::default()
                            on_save=add
                            on_cancel=Callback::new(move |_| adding.set(false))
                        />
                    }
                        .into_any()
                } else {
                    view! {
                        <p>
                            <button
                                type="button"
                                data-testid="add-agency"
                                on:click=move |_| adding.set(true)
                            >
                                {t().add_agency}
                            </button>
                        </p>
                    }
                        .into_any()
                }
            }}
        </Card>
        {move || any.get().then(|| lazy_view(__preload_years_card, years_card, nothing))}
        <SamplesCard />
    }
}

// The agencies' cards and the years card show only once there is an agency: each in a chunk
// of its own (a first visit's first screen does not carry them; issue #12).

#[lazy]
fn agency_list() -> AnyView {
    let store = crate::state::use_store();
    view! {
        <ul class="agency-list">
            <For
                each=move || store.agencies()
                key=|a| format!("{}|{}|{:?}|{}|{}", a.id, a.name, a.kind, a.district, a.province)
                children=move |a| view! { <AgencyCard agency=a /> }
            />
        </ul>
    }
    .into_any()
}

#[lazy]
fn years_card() -> AnyView {
    view! { <YearsCard /> }.into_any()
}

fn nothing() -> AnyView {
    ().into_any()
}

/// One agency in the list. Props: `agency` — the agency shown.
#[component]
fn AgencyCard(agency: Agency) -> impl IntoView {
    let (store, t) = use_texts();
    let editing = RwSignal::new(false);
    let id = agency.id.clone();
    let is_current = {
        let id = id.clone();
        Memo::new(move |_| {
            store
                .agency
                .with(|a| a.as_ref().is_some_and(|a| a.id == id))
        })
    };
    let save = {
        let id = id.clone();
        Callback::new(move |edited: Agency| {
            store.edit_agency(&id, edited);
            editing.set(false);
        })
    };
    let delete = {
        let id = id.clone();
        let name = agency.name.clone();
        move |_| {
            if confirm(&(t().confirm_delete_agency)(&name)) {
                store.remove_agency(&id);
            }
        }
    };
    let choose = {
        let id = id.clone();
        move |_| store.select(&id, None)
    };
    let place = [agency.district.as_str(), agency.province.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let kind = agency.kind;
    let name = agency.name.clone();
    let heading_id = format!("agency-{id}-name");
    view! {
        <li class="agency-card" class:current=is_current>
            {move || {
                if editing.get() {
                    view! {
                        <AgencyForm
                            initial=agency.clone()
                            on_save=save
                            on_cancel=Callback::new(move |_| editing.set(false))
                        />
                    }
                        .into_any()
                } else {
                    view! {
                        <div class="agency-head">
                            <h3 id=heading_id.clone()>{name.clone()}</h3>
                            <p class="muted">
                                {kind.label(store.lang())}
                                {if place.is_empty() { String::new() } else { format!(" · {place}") }}
                            </p>
                        </div>
                        <div class="actions" role="group" aria-labelledby=heading_id.clone()>
                            {if is_current.get() {
                                view! { <span class="badge">{t().in_use}</span> }.into_any()
                            } else {
                                view! {
                                    <button type="button" on:click=choose.clone()>
                                        {t().work_on}
                                    </button>
                                }
                                    .into_any()
                            }}
                            <button
                                type="button"
                                class="secondary"
                                on:click=move |_| editing.set(true)
                            >
                                {t().edit}
                            </button>
                            <button type="button" class="danger" on:click=delete.clone()>
                                {t().delete}
                            </button>
                        </div>
                    }
                        .into_any()
                }
            }}
        </li>
    }
}

/// The fields of an agency.
///
/// Props:
/// * `initial` — the values the form starts with;
/// * `on_save` — called with the edited agency (name required);
/// * `on_cancel` — called when the user cancels.
#[component]
pub fn AgencyForm(
    initial: Agency,
    on_save: Callback<Agency>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let (store, t) = use_texts();
    let uid = format!(
        "agency-form-{}",
        if initial.id.is_empty() {
            "new"
        } else {
            &initial.id
        }
    );
    let name = RwSignal::new(initial.name.clone());
    let kind = RwSignal::new(initial.kind);
    let district = RwSignal::new(initial.district.clone());
    let province = RwSignal::new(initial.province.clone());
    let error = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked().trim().to_string();
        if n.is_empty() {
            error.set(true);
            return;
        }
        on_save.run(Agency {
            name: n,
            kind: kind.get_untracked(),
            district: district.get_untracked().trim().to_string(),
            province: province.get_untracked().trim().to_string(),
            ..Agency::default()
        });
    };
    let uid_f = uid.clone();
    let text_field = move |key: &str,
                           label: fn(&'static crate::i18n::Texts) -> &'static str,
                           sig: RwSignal<String>| {
        text_field(
            format!("{}-{key}", uid_f),
            TextFieldKind {
                autocomplete: Some("off"),
                ..TextFieldKind::default()
            },
            move || label(t()),
            move || sig.get(),
            move |v| sig.set(v),
        )
    };
    let name_id = format!("{uid}-name");
    let name_err = format!("{uid}-name-error");
    let name_limit = format!("{uid}-name-limit");
    let described = format!("{name_err} {name_limit}");
    let kind_id = format!("{uid}-kind");
    view! {
        <form class="agency-form" on:submit=submit>
            <div class="field" class:invalid=move || error.get()>
                <label for=name_id.clone()>{move || t().agency_name}</label>
                <input
                    id=name_id
                    type="text"
                    autocomplete="organization"
                    required
                    maxlength=NAME_MAX
                    prop:value=move || name.get()
                    aria-invalid=move || if error.get() { "true" } else { "false" }
                    aria-describedby=described
                    on:input=move |ev| {
                        name.set(within(event_target_value(&ev), NAME_MAX));
                        error.set(false);
                    }
                />
                <p id=name_err class="field-error" role="status">
                    {move || error.get().then(|| t().name_required)}
                </p>
                {limit_status(name_limit, NAME_MAX, move || name.get())}
            </div>
            {choice_field(
                kind_id,
                move || t().agency_kind,
                move || store.lang(),
                move || Some(kind.get()),
                move |k| kind.set(k),
            )}
            {text_field("district", |t| t.district, district)}
            {text_field("province", |t| t.province, province)}
            <p class="actions">
                <button type="submit">{move || t().save}</button>
                <button type="button" class="secondary" on:click=move |_| on_cancel.run(())>
                    {move || t().cancel}
                </button>
            </p>
        </form>
    }
}

impl_choice!(AgencyKind {
    Municipality => "municipality",
    Sao => "sao",
    Pao => "pao",
    Central => "central",
    Other => "other",
});

/// The fiscal years of the chosen agency.
#[component]
fn YearsCard() -> impl IntoView {
    let (store, t) = use_texts();
    // Every year a framework scores, the user's own included (a loaded 2570 framework adds
    // 2570 here).
    let missing_years = move || {
        store.frameworks_in_effect();
        store.agency.with(|a| {
            listed::years()
                .into_iter()
                .filter(|y| a.as_ref().is_none_or(|a| !a.years.contains_key(y)))
                .collect::<Vec<u16>>()
        })
    };
    let to_add = RwSignal::new(None::<u16>);
    let add_year = move |_| {
        let y = to_add
            .get_untracked()
            .filter(|y| missing_years().contains(y))
            .or_else(|| missing_years().last().copied());
        if let Some(y) = y {
            store.add_year(y);
        }
    };
    view! {
        {move || {
            store
                .agency
                .get()
                .map(|a| {
                    let years: Vec<(u16, usize)> = a
                        .years
                        .iter()
                        .rev()
                        .map(|(y, r)| (*y, r.scores.values.len()))
                        .collect();
                    let empty = years.is_empty();
                    view! {
                        <Card id="years-title" title={(t().years_title)(&a.name)} h2=true>
                            {empty.then(|| view! { <p>{t().no_years}</p> })}
                            <ul class="year-list">
                                {years
                                    .into_iter()
                                    .map(|(y, n)| view! { <YearRow year=y count=n /> })
                                    .collect_view()}
                            </ul>
                            <div class="inline-form">
                                <div class="field">
                                    <label for="year-to-add">{t().year_to_add}</label>
                                    <select
                                        id="year-to-add"
                                        on:change=move |ev| {
                                            to_add.set(event_target_value(&ev).parse().ok())
                                        }
                                    >
                                        {missing_years()
                                            .into_iter()
                                            .rev()
                                            .map(|y| {
                                                view! {
                                                    <option value=y.to_string()>
                                                        {store.year_text(y)}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                </div>
                                <button
                                    type="button"
                                    data-testid="add-year"
                                    on:click=add_year
                                    disabled=missing_years().is_empty()
                                >
                                    {t().add_year}
                                </button>
                            </div>
                        </Card>
                    }
                })
        }}
    }
}

/// One fiscal year. Props: `year` (Buddhist era) and `count` (scores entered).
#[component]
fn YearRow(year: u16, count: usize) -> impl IntoView {
    let (store, t) = use_texts();
    let is_current = move || store.year.get() == Some(year);
    untrack(|| store.frameworks_in_effect());
    let framework = listed::title_for_year(year, store.lang()).unwrap_or_default();
    let year_s = store.year_text(year);
    let year_s2 = year_s.clone();
    let delete = {
        let year_s = year_s.clone();
        move |_| {
            if confirm(&(t().confirm_delete_year)(&year_s)) {
                store.remove_year(year);
            }
        }
    };
    view! {
        <li class="year-row" class:current=is_current>
            <span class="year-name">{year_s.clone()}</span>
            <span class="muted">
                {format!("{} {} · ", t().framework, framework)}
                {store.digits_in(&(t().scores_count)(count))}
            </span>
            <span class="actions">
                {move || {
                    if is_current() {
                        view! { <span class="badge">{t().in_use}</span> }.into_any()
                    } else {
                        let year_s = year_s2.clone();
                        view! {
                            <button type="button" on:click=move |_| store.select_year(year)>
                                {t().work_on}
                                <span class="visually-hidden">{format!(" {year_s}")}</span>
                            </button>
                        }
                            .into_any()
                    }
                }}
                <button type="button" class="danger" on:click=delete>
                    {t().delete}
                    <span class="visually-hidden">{format!(" {}", store.year_text(year))}</span>
                </button>
            </span>
        </li>
    }
}

/// Add a bundled sample (fictional agencies) to the workbook, next to the user's own data.
/// A bundled sample's workbook (`None` for an unknown id), read in the workbook reader's chunk
/// (see `persist::read_workbook`).
#[lazy]
fn read_sample(id: &'static str) -> Option<ita_core::Workbook> {
    ita_core::workbook::samples::load(id).ok()
}

#[component]
fn SamplesCard() -> impl IntoView {
    use ita_core::workbook::samples::SAMPLES;
    let (store, t) = use_texts();
    let chosen = RwSignal::new(SAMPLES.first().map(|s| s.id).unwrap_or_default());
    // Read in the workbook reader's chunk (the first screen does not carry the reader).
    let add = move |_| {
        let id = chosen.get_untracked();
        leptos::task::spawn_local(async move {
            if let Some(sample) = read_sample(id).await {
                store.add_agencies(sample.agencies);
            }
        });
    };
    view! {
        <Card id="samples-title" title=move || t().samples_title h2=true>
            <p class="help">{move || t().samples_help}</p>
            <div class="inline-form">
                <div class="field">
                    <label for="sample-choice">{move || t().sample_choice}</label>
                    <select
                        id="sample-choice"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(s) = SAMPLES.iter().find(|s| s.id == v) {
                                chosen.set(s.id);
                            }
                        }
                    >
                        {SAMPLES
                            .iter()
                            .map(|s| {
                                view! {
                                    <option value=s.id>
                                        {move || match store.lang() {
                                            ita_core::Lang::Th => s.title_th,
                                            ita_core::Lang::En => s.title_en,
                                        }}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <button type="button" class="secondary" on:click=add data-testid="add-sample">
                    {move || t().sample_add}
                </button>
            </div>
        </Card>
    }
}
