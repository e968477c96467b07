package nl.ngf.grants.suites;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The tests that drive Chromium: the longest suite, first to start. */
@Suite
@SelectPackages("nl.ngf.grants")
@IncludeClassNamePatterns(BrowserSuite.CLASSES)
public class BrowserSuite {

    static final String CLASSES = ".*BrowserIT";
}
