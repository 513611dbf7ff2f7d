/** The mall's EAR as a full application server would get it, read from the mall-ear module's build. */
package io.anonpay.systemtests.packaging;
