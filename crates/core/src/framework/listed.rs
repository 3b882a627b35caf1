//! Which framework scores each year, by name, without the frameworks themselves: what a screen
//! listing years needs (the web app's first screen, whose code then carries neither form of the
//! built-in frameworks: issue #12). The built-in ones are written by `build.rs` from the same
//! files; the user's are those in effect ([`super::user`]). The tests check that both agree
//! with [`super::scoring_for_year`] and [`super::scoring_supported_years`] for every year.

use super::user;
use crate::Lang;

/// A built-in framework's titles and years.
struct Listed {
    title_th: &'static str,
    title_en: &'static str,
    years: &'static [u16],
}

const BUILT_IN: &[Listed] = include!(concat!(env!("OUT_DIR"), "/frameworks_listed.rs"));

/// The title, in `lang`, of the framework that scores `year` (the user's in effect, else the
/// built-in one), if any.
pub fn title_for_year(year: u16, lang: Lang) -> Option<String> {
    let (th, en) = match user::for_year(year) {
        Some(fw) => (fw.file.title_th.as_str(), fw.file.title_en.as_str()),
        None => {
            let f = BUILT_IN.iter().find(|f| f.years.contains(&year))?;
            (f.title_th, f.title_en)
        }
    };
    Some(
        match lang {
            Lang::Th => th,
            Lang::En => en,
        }
        .to_string(),
    )
}

/// Every fiscal year a framework covers (built-in, or the user's in effect), ascending.
pub fn years() -> Vec<u16> {
    let mut years = Vec::new();
    let user = user::in_effect();
    let all = BUILT_IN
        .iter()
        .map(|f| f.years)
        .chain(user.iter().map(|f| &f.file.years[..]));
    for more in all {
        super::add_years(&mut years, more);
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::{scoring_for_year, scoring_supported_years};

    #[test]
    fn the_list_agrees_with_the_frameworks() {
        assert_eq!(years(), scoring_supported_years());
        for year in 2550..2600 {
            for lang in [Lang::Th, Lang::En] {
                let want = scoring_for_year(year).ok().map(|f| match lang {
                    Lang::Th => f.file.title_th.clone(),
                    Lang::En => f.file.title_en.clone(),
                });
                assert_eq!(title_for_year(year, lang), want, "{year}");
            }
        }
        let listed: Vec<&[u16]> = BUILT_IN.iter().map(|f| f.years).collect();
        let all = crate::framework::built_in().iter();
        assert_eq!(listed, all.map(|f| &f.file.years[..]).collect::<Vec<_>>());
    }
}
