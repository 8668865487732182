/**
 * Where presence meets the PBX: phone and call facts keep it honest, the feature codes change it
 * from a desk phone, and the fallback queue follows it so that callers still reach present advisors
 * when the service cannot decide.
 */
package fr.cci.hotline.advisors.pbx;
