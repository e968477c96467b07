/** The funding pages: progress report, verification, second approval, corrective plan, overdue report, change requests. */
package nl.ngf.grants.funding.web;
