import { type CalendarDate, dateFromParts } from "../date.js";

/**
 * Easter Sunday in the Gregorian calendar (the "anonymous Gregorian" computus of Meeus, Jones and
 * Butcher). Good Friday, Easter Monday, Ascension Day and Whit Monday are all counted from it, so it is
 * computed rather than listed: a table would run out, the arithmetic does not.
 */
export function easterSunday(year: number): CalendarDate {
  const golden = year % 19; // position in the 19-year Metonic cycle of the moon
  const century = Math.floor(year / 100);
  const yearInCentury = year % 100;
  const skippedLeapDays = Math.floor(century / 4);
  const centuryRest = century % 4;
  const moonCorrection = Math.floor((century - Math.floor((century + 8) / 25) + 1) / 3);
  // Days from 21 March to the Paschal full moon (the epact, corrected for the Gregorian reform).
  const fullMoon = (19 * golden + century - skippedLeapDays - moonCorrection + 15) % 30;
  // Days from the full moon to the following Sunday.
  const toSunday = (32 + 2 * centuryRest + 2 * Math.floor(yearInCentury / 4) - fullMoon - (yearInCentury % 4)) % 7;
  // The two exceptions that keep Easter on or before 25 April.
  const exception = Math.floor((golden + 11 * fullMoon + 22 * toSunday) / 451);
  const offset = fullMoon + toSunday - 7 * exception + 114;
  return dateFromParts(year, Math.floor(offset / 31), (offset % 31) + 1);
}
