//! Frameworks the user brings (a corrected rule, or next year's framework before a release of
//! the tool), stored with the workbook as [`FrameworkFile`] data and put in effect for the
//! years they cover: while in effect, [`super::for_year`] returns them ahead of the built-in
//! ones, so every score, analysis and document of those years uses them.
//!
//! Whoever owns the workbook being worked on puts its frameworks in effect
//! ([`crate::Workbook::use_frameworks`]): the web app's store when its workbook changes, the
//! export module and the CLI after reading one. The set is per thread (the browser has one;
//! tests running in parallel threads do not see each other's). A framework is compiled once
//! and kept for the rest of the run, so that it can be handed out as `&'static` like the
//! built-in ones; putting the same file in effect again reuses it.

use std::cell::RefCell;

use crate::foundation::error::ItaError;
use crate::framework::{Framework, FrameworkFile};

thread_local! {
    /// Every user framework compiled in this run (reused when the same file comes back).
    static COMPILED: RefCell<Vec<&'static Framework>> = const { RefCell::new(Vec::new()) };
    /// The user frameworks in effect.
    static IN_EFFECT: RefCell<Vec<&'static Framework>> = const { RefCell::new(Vec::new()) };
}

/// Validate every file (the error names the file's index and the field at fault) and check
/// that no two cover the same year; compiled frameworks in the files' order.
pub fn compile(files: &[FrameworkFile]) -> Result<Vec<Framework>, ItaError> {
    let mut out: Vec<Framework> = Vec::new();
    for (i, file) in files.iter().enumerate() {
        let fw = Framework::from_file(file.clone()).map_err(|e| match e {
            ItaError::BadFramework { path, problem } => ItaError::BadFramework {
                path: format!("frameworks[{i}].{path}"),
                problem,
            },
            other => other,
        })?;
        if let Some(y) = fw
            .file
            .years
            .iter()
            .find(|y| out.iter().any(|o| o.covers(**y)))
        {
            return Err(ItaError::BadFramework {
                path: format!("frameworks[{i}].years"),
                problem: crate::framework::check::year_twice(*y),
            });
        }
        out.push(fw);
    }
    Ok(out)
}

/// Whether `files` are the frameworks in effect (a comparison: cheap, compiles nothing).
pub fn are_in_effect(files: &[FrameworkFile]) -> bool {
    IN_EFFECT.with(|e| {
        let e = e.borrow();
        e.len() == files.len() && e.iter().zip(files).all(|(fw, f)| fw.file == *f)
    })
}

/// Put `files` in effect (replacing the ones before), after validating all of them; on an
/// error nothing changes. Cheap when they are already in effect (a comparison), so callers may
/// call it before every computation.
pub fn set_in_effect(files: &[FrameworkFile]) -> Result<(), ItaError> {
    if are_in_effect(files) {
        return Ok(());
    }
    let compiled = compile(files)?;
    let kept: Vec<&'static Framework> = compiled.into_iter().map(intern).collect();
    IN_EFFECT.with(|e| *e.borrow_mut() = kept);
    Ok(())
}

/// The compiled framework equal to `fw`, compiling (and keeping) it the first time.
fn intern(fw: Framework) -> &'static Framework {
    COMPILED.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(found) = c.iter().find(|k| k.file == fw.file) {
            return *found;
        }
        // Kept for the rest of the run: a user loads a handful of frameworks at most.
        let kept: &'static Framework = Box::leak(Box::new(fw));
        c.push(kept);
        kept
    })
}

/// The user framework in effect that covers `year`.
pub fn for_year(year: u16) -> Option<&'static Framework> {
    IN_EFFECT.with(|e| e.borrow().iter().find(|f| f.covers(year)).copied())
}

/// The user frameworks in effect.
pub fn in_effect() -> Vec<&'static Framework> {
    IN_EFFECT.with(|e| e.borrow().clone())
}

/// Whether `fw` is a framework the user brought (not one shipped with the tool).
pub fn is_user(fw: &Framework) -> bool {
    COMPILED.with(|c| c.borrow().iter().any(|k| std::ptr::eq(*k, fw)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_for(year: u16, id: &str) -> FrameworkFile {
        let mut f = crate::framework::for_builtin_year(2569)
            .expect("built-in 2569")
            .file
            .clone();
        f.id = id.into();
        f.years = vec![year];
        f
    }

    #[test]
    fn in_effect_for_its_years_and_marked_as_user() {
        set_in_effect(&[file_for(2570, "u2570")]).unwrap();
        let fw = crate::framework::for_year(2570).unwrap();
        assert_eq!(fw.id(), "u2570");
        assert!(is_user(fw));
        assert!(!is_user(crate::framework::for_year(2569).unwrap()));
        assert!(crate::framework::supported_years().contains(&2570));
        // The same file again is the same framework (compiled once).
        set_in_effect(&[file_for(2570, "u2570")]).unwrap();
        assert!(std::ptr::eq(fw, crate::framework::for_year(2570).unwrap()));
        set_in_effect(&[]).unwrap();
        assert!(crate::framework::for_year(2570).is_err());
    }

    #[test]
    fn a_user_framework_replaces_the_built_in_one_for_its_year() {
        set_in_effect(&[file_for(2569, "fixed-2569")]).unwrap();
        assert_eq!(crate::framework::for_year(2569).unwrap().id(), "fixed-2569");
        set_in_effect(&[]).unwrap();
        assert_ne!(crate::framework::for_year(2569).unwrap().id(), "fixed-2569");
    }

    #[test]
    fn a_bad_file_or_two_files_for_one_year_change_nothing() {
        set_in_effect(&[file_for(2570, "keep")]).unwrap();
        let mut bad = file_for(2571, "bad");
        bad.pass_mark = 120.0;
        let e = set_in_effect(&[bad]).unwrap_err();
        assert!(
            matches!(&e, ItaError::BadFramework { path, .. } if path == "frameworks[0].pass_mark"),
            "{e:?}"
        );
        let e = set_in_effect(&[file_for(2571, "a"), file_for(2571, "b")]).unwrap_err();
        assert!(
            matches!(&e, ItaError::BadFramework { path, .. } if path == "frameworks[1].years"),
            "{e:?}"
        );
        assert_eq!(crate::framework::for_year(2570).unwrap().id(), "keep");
        set_in_effect(&[]).unwrap();
    }
}
