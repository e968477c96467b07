package nl.ngf.grants.suites;

import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Every other integration test, a new one included without further ado. */
@Suite
@SelectPackages("nl.ngf.grants")
@IncludeClassNamePatterns(".*IT")
@ExcludeClassNamePatterns({BrowserSuite.CLASSES, FundingAndIdentitySuite.CLASSES})
public class OtherSuite {
}
