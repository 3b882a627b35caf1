//! What a plan aims at, as typed (`85`, `95`, `pass`, `next`, `ผ่านดี`, `A`), and its
//! translation into floors on the overall and, for gated levels, on every tool.

use serde::{Deserialize, Serialize};

use super::PlanError;
use crate::foundation::number::parse_number;
use crate::framework::Framework;
use crate::scoring::assess::Assessment;

/// What the plan should reach.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Target {
    /// An overall score, compared as published (two decimals), e.g. 85 or 95.
    Score(f64),
    /// The framework's pass mark (85).
    PassMark,
    /// The rating level just above the current one.
    NextLevel,
    /// A named rating level of the year's framework ("A", "AA", "ผ่านดี"), or better.
    Level(String),
}

impl Target {
    /// Read a target as typed: a score (Thai digits allowed), `pass`, `next`, or a level name.
    /// Level names are checked against the framework when planning.
    pub fn parse(input: &str) -> Result<Target, PlanError> {
        let t = input.trim();
        let bad = || PlanError::BadTarget {
            input: t.to_string(),
        };
        if t.is_empty() {
            return Err(bad());
        }
        match t.to_lowercase().as_str() {
            "pass" | "passmark" | "pass-mark" | "ผ่านเกณฑ์" => {
                return Ok(Target::PassMark)
            }
            "next" | "ระดับถัดไป" => return Ok(Target::NextLevel),
            _ => {}
        }
        let starts_numeric = t
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || ('๐'..='๙').contains(&c) || "+-−.".contains(c));
        if starts_numeric {
            return match parse_number(t, "target") {
                Ok(Some(v)) if (0.0..=100.0).contains(&v) => Ok(Target::Score(v)),
                _ => Err(bad()),
            };
        }
        Ok(Target::Level(t.to_string()))
    }
}

/// One set of floors: the overall at least `overall_min` and, when `tool_min` is set, every
/// tool at least that (both compared rounded to two decimals, as the rating does).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    /// The rating level this goal stands for, if it is one.
    pub level: Option<String>,
    pub overall_min: f64,
    pub tool_min: Option<f64>,
}

/// The goal asked for, and every set of floors that satisfies it. A level target is met by
/// that level *or any above it* (the rating picks the first level whose floors are met), so
/// it has one alternative per such level; the plan takes the cheapest.
pub(crate) fn resolve(
    fw: &Framework,
    a: &Assessment,
    target: &Target,
) -> Result<(Goal, Vec<Goal>), PlanError> {
    let score = |min: f64| {
        let g = Goal {
            level: None,
            overall_min: min,
            tool_min: None,
        };
        Ok((g.clone(), vec![g]))
    };
    let levels = &fw.file.rating.levels;
    let rank = match target {
        Target::Score(v) if (0.0..=100.0).contains(v) => return score(*v),
        Target::Score(v) => {
            return Err(PlanError::BadTarget {
                input: v.to_string(),
            })
        }
        Target::PassMark => return score(fw.pass_mark()),
        Target::NextLevel => {
            let current = a.level.as_ref().map(|l| l.rank).unwrap_or(levels.len());
            // At the top already, the next level is the top one (and it is reached).
            current
                .saturating_sub(1)
                .min(levels.len().saturating_sub(1))
        }
        Target::Level(name) => {
            let wanted = name.trim();
            levels
                .iter()
                .position(|l| l.name == wanted)
                .or_else(|| {
                    levels
                        .iter()
                        .position(|l| l.name.to_lowercase() == wanted.to_lowercase())
                })
                .ok_or_else(|| PlanError::UnknownLevel {
                    name: wanted.to_string(),
                    levels: fw.level_names(),
                })?
        }
    };
    let Some(level) = levels.get(rank) else {
        return Err(PlanError::BadTarget {
            input: format!("{target:?}"),
        });
    };
    let tools_known = fw.tools().iter().all(|t| a.value(&t.code).is_some());
    let goal_of = |l: &crate::framework::RatingLevel| Goal {
        level: Some(l.name.clone()),
        overall_min: l.min,
        tool_min: (l.tool_min > 0.0).then_some(l.tool_min),
    };
    let goal = goal_of(level);
    if goal.tool_min.is_some() && !tools_known {
        return Err(PlanError::ToolsUnknown {
            level: level.name.clone(),
            missing: fw
                .tools()
                .iter()
                .filter(|t| a.value(&t.code).is_none())
                .map(|t| t.code.clone())
                .collect(),
        });
    }
    if rank + 1 == levels.len() {
        // The rating falls back to the last level when no other applies: always reached.
        let always = Goal {
            level: Some(level.name.clone()),
            overall_min: 0.0,
            tool_min: None,
        };
        return Ok((goal, vec![always]));
    }
    // A gated level above cannot be confirmed without every tool score (the rating skips it).
    let alternatives = levels[..=rank]
        .iter()
        .map(goal_of)
        .filter(|g| g.tool_min.is_none() || tools_known)
        .collect();
    Ok((goal, alternatives))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_type() {
        assert_eq!(Target::parse("85").unwrap(), Target::Score(85.0));
        assert_eq!(Target::parse(" ๙๕ ").unwrap(), Target::Score(95.0));
        assert_eq!(Target::parse("PASS").unwrap(), Target::PassMark);
        assert_eq!(Target::parse("next").unwrap(), Target::NextLevel);
        assert_eq!(Target::parse("ผ่านดี").unwrap(), Target::Level("ผ่านดี".into()));
        assert_eq!(Target::parse("AA").unwrap(), Target::Level("AA".into()));
        for bad in ["", "101", "8x", "-5", "1e3"] {
            assert!(Target::parse(bad).is_err(), "{bad:?} accepted");
        }
    }
}
