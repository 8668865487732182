/**
 * Call-backs carried out: the number confirmed with the caller, the request kept in the database
 * with the caller's place in the line, the attempt (the advisor's phone rung over AMI first, then
 * the business owner through the trunk once the advisor answers) followed through the PBX's facts,
 * retries within opening hours, and the reconciliation after an AMI outage. Every instance hears
 * every fact; conditional updates let exactly one of them move a call-back on.
 */
package fr.cci.hotline.routing.callback;
