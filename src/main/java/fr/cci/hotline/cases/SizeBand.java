package fr.cci.hotline.cases;

/** The company's headcount, in the bands the chambers report on. */
public enum SizeBand {
  EMPLOYEES_0_5,
  EMPLOYEES_6_9,
  EMPLOYEES_10_49,
  EMPLOYEES_50_249,
  EMPLOYEES_250_PLUS
}
