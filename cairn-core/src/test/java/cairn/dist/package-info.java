/** Tests of what ships around the code: release notes and versioning, the JBang catalog, the GitHub Action, the install docs. */
package cairn.dist;
