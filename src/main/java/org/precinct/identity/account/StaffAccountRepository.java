package org.precinct.identity.account;

import java.util.List;
import java.util.Optional;
import org.precinct.shared.Role;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface StaffAccountRepository extends ListCrudRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    List<StaffAccount> findByEmployeeId(Long employeeId);

    @Query("select a.* from identity.staff_account a where lower(a.email) = lower(:email)")
    List<StaffAccount> findByEmailIgnoringCase(String email);

    @Query("""
            select a.* from identity.staff_account a
            where exists (select 1 from identity.account_role r where r.account_id = a.id and r.role = :role)
            order by a.username
            """)
    List<StaffAccount> findByRole(Role role);

    @Query("""
            select a.* from identity.staff_account a
            where :text = '' or a.username like '%' || :text || '%' or lower(a.display_name) like '%' || :text || '%'
            order by a.username limit 200
            """)
    List<StaffAccount> search(String text);
}
