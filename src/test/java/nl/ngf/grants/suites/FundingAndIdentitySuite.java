package nl.ngf.grants.suites;

import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The money, the partnerships and the users: about half of what is not a browser test, by time. */
@Suite
@SelectPackages("nl.ngf.grants")
@IncludeClassNamePatterns(FundingAndIdentitySuite.CLASSES)
@ExcludeClassNamePatterns(BrowserSuite.CLASSES)
public class FundingAndIdentitySuite {

    static final String CLASSES = "nl\\.ngf\\.grants\\.(funding|identity|partnership)\\..*IT";
}
