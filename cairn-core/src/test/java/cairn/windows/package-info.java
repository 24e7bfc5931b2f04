/** Tests of cairn's path handling on a file system configured like Windows (Jimfs). */
package cairn.windows;
